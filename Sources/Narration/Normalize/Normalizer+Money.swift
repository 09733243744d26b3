/// Readers for money: "$5.2 million", "€50 billion", "£3", "₴1.2 trillion", "$12.50", "USD 5".
extension Normalizer {
  /// Reads an amount after the currency written from token `index` up to `amountStart`.
  func readAmount(
    _ stream: TokenStream, currency: NormalizerTables.Currency, amountStart: Int
  ) -> Reading? {
    let start = stream.skipSpace(amountStart)
    var found = stream.number(at: start)
    if found == nil, stream.isMark(start, "."), let cents = stream[start + 1],
      cents.kind == .number
    {
      // "$.50": only a decimal part.
      found = WrittenNumber(integer: "", fraction: cents.text, grouped: false, end: start + 2)
    }
    guard let number = found else { return nil }
    var end = number.end
    var upper: WrittenNumber?
    // "$250-$300": the currency written on both ends is said on both.
    var repeated = false
    if stream.isMark(end, "-–"), let other = stream.number(at: end + 1) {
      upper = other
      end = other.end
    } else if stream.isMark(end, "-–"), stream.isMark(end + 1, "$€£¥₴"),
      let other = stream.number(at: end + 2)
    {
      upper = other
      end = other.end
      repeated = true
    }
    var scale: String?
    if let word = stream[end], word.kind == .word, let found = tables.scales[word.text],
      stream.endsFree(end + 1)
    {
      scale = found.singular
      end += 1
    } else if stream.isInlineSpace(end), let word = stream[end + 1], word.kind == .word,
      let found = tables.scales[word.text], stream.endsFree(end + 2),
      // A spaced "b" or "m" only at the end of a clause: "£8 m.", not "$5 m away".
      !found.tight || stream[end + 2] == nil || stream.isMark(end + 2, ".,;:)!?")
    {
      scale = found.singular
      end += 2
    }
    if let first = scale, stream.isInlineSpace(end), let word = stream[end + 1],
      word.kind == .word, let second = tables.scales[word.text], !second.tight,
      stream.endsFree(end + 2)
    {
      // "Rs 45 lakh crore", "$1 thousand billion".
      scale = first + " " + second.singular
      end += 2
    }
    var spoken: String
    if let scale {
      spoken =
        say(number) + (upper.map { " to " + say($0) } ?? "") + " " + scale + " "
        + currency.plural
    } else if let upper, number.fraction != nil || upper.fraction != nil || repeated {
      spoken = amount(number, currency) + " to " + amount(upper, currency)
    } else if let upper {
      spoken = say(number) + " to " + say(upper) + " " + currency.plural
    } else {
      spoken = amount(number, currency)
    }
    // "₴5 hryvnias": the currency is already named.
    if stream.isInlineSpace(end), let word = stream[end + 1]?.text.lowercased(),
      [currency.plural.lowercased(), currency.singular.lowercased()].contains(word)
    {
      let name = " " + (number.isOne && scale == nil ? currency.singular : currency.plural)
      if spoken.hasSuffix(name) { spoken.removeLast(name.count) }
    }
    if upper == nil, scale != nil, stream.isMark(end, "-–"), stream.isMark(end + 1, "$€£¥₴"),
      stream.isNumber(end + 2)
    {
      // "£1.5bn-£2bn": the second amount is read on its own.
      return Reading(spoken: spoken + " to ", end: end + 1)
    }
    // "$350/yr" and "$5 per share" keep their own words; only a glued "/" needs reading.
    if stream.isMark(end, "/"), let unit = unit(stream, at: end + 1, afterSlash: true),
      !stream.isInlineSpace(end + 1)
    {
      spoken += " per " + unit.unit.singular
      end = unit.end
    }
    return Reading(spoken: spoken, end: end)
  }

  /// "twelve dollars fifty cents", "one pound", "fifty cents", "twenty point five oh six dollars".
  ///
  /// Amounts with one decimal or with zeros past the cents ("$20.5", "$20.500") are dollars and
  /// cents; other long decimals ("$20.506") are read as a decimal number of dollars.
  private func amount(_ number: WrittenNumber, _ currency: NormalizerTables.Currency) -> String {
    let whole = number.integer.isEmpty ? "0" : number.integer
    if var fraction = number.fraction, !currency.minorPlural.isEmpty {
      while fraction.count > 2, fraction.hasSuffix("0") { fraction.removeLast() }
      if fraction.count == 1 { fraction += "0" }
      if fraction.count == 2, let cents = Int(fraction) {
        let major = WrittenNumber(integer: whole, fraction: nil, grouped: false, end: 0)
        let majorWords = say(major) + " " + (major.isOne ? currency.singular : currency.plural)
        if cents == 0 { return majorWords }
        let minorWords =
          NumberSpeller.cardinal(cents) + " "
          + (cents == 1 ? currency.minorSingular : currency.minorPlural)
        return Int(whole) == 0 ? minorWords : majorWords + " " + minorWords
      }
    }
    return say(number) + " " + (number.isOne ? currency.singular : currency.plural)
  }

  /// Reads a currency symbol before an amount ("$5", "€ 50", "₴1.2 trillion").
  func readCurrencySymbol(_ stream: TokenStream, at index: Int) -> Reading? {
    guard let currency = tables.currencies[stream.text(index)] else { return nil }
    return readAmount(stream, currency: currency, amountStart: index + 1)
  }

  /// Reads a currency code or prefixed symbol before an amount ("USD 5", "US$5", "Rs 500").
  func readCurrencyCode(_ stream: TokenStream, at index: Int) -> Reading? {
    // (Cheap test first: the amount's number comes within four tokens, "US$ 5", "USD .50".)
    guard let word = stream[index], let initial = word.text.utf8.first, (65...90).contains(initial),
      (index + 1...index + 4).contains(where: { stream.isNumber($0) }), stream.startsFree(index)
    else { return nil }
    if let symbol = stream[index + 1], symbol.kind == .mark, symbol.text == "$",
      let currency = tables.currencies[word.text + symbol.text]
    {
      return readAmount(stream, currency: currency, amountStart: index + 2)
    }
    guard let currency = tables.currencies[word.text], word.text.count >= 2 else { return nil }
    let start = stream.isMark(index + 1, ".") ? index + 2 : index + 1
    guard stream.isInlineSpace(start) || start > index + 1 || stream.isNumber(start) else {
      return nil
    }
    return readAmount(stream, currency: currency, amountStart: start)
  }

  /// Reads an amount followed by a currency code ("5 USD" → "five US dollars").
  func readTrailingCurrency(_ stream: TokenStream, _ number: WrittenNumber) -> Reading? {
    guard stream.isInlineSpace(number.end), let code = stream[number.end + 1],
      code.kind == .word, code.text.count == 3, code.isAllCaps,
      let currency = tables.currencies[code.text], stream.endsFree(number.end + 2)
    else { return nil }
    let spoken = say(number) + " " + (number.isOne ? currency.singular : currency.plural)
    return Reading(spoken: spoken, end: number.end + 2)
  }
}
