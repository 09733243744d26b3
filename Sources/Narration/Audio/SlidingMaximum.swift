/// The largest of the last `length` values of a stream, in constant time per value on average.
///
/// A monotonic queue: it keeps only the values that can still become the maximum, in a ring
/// buffer of `length` entries, so memory is fixed.
struct SlidingMaximum {
  private let length: Int
  private var values: [Float]
  private var indices: [Int]
  /// The ring position of the queue's front, and its size.
  private var head = 0
  private var count = 0
  private var index = 0

  init(length: Int) {
    precondition(length > 0)
    self.length = length
    values = Array(repeating: 0, count: length)
    indices = Array(repeating: 0, count: length)
  }

  /// Replaces each value by the largest of the last `length` values up to it (values before
  /// the stream's start count as 0; all values are at least 0).
  mutating func process(_ stream: inout [Float]) {
    let length = length
    var head = head
    var count = count
    var index = index
    values.withUnsafeMutableBufferPointer { values in
      indices.withUnsafeMutableBufferPointer { indices in
        stream.withUnsafeMutableBufferPointer { stream in
          for position in stream.indices {
            let value = stream[position]
            // Drop the front when it has left the window.
            if count > 0, indices[head] <= index - length {
              head = head == length - 1 ? 0 : head + 1
              count -= 1
            }
            // Drop from the back every value the new one outranks.
            while count > 0 {
              var last = head + count - 1
              if last >= length { last -= length }
              guard values[last] <= value else { break }
              count -= 1
            }
            var slot = head + count
            if slot >= length { slot -= length }
            values[slot] = value
            indices[slot] = index
            count += 1
            index += 1
            stream[position] = values[head]
          }
        }
      }
    }
    self.head = head
    self.count = count
    self.index = index
  }
}
