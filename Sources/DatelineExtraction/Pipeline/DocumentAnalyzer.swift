import DatelineModel

/// Everything one document contributes to the timeline.
public struct DocumentAnalysis: Sendable {
    public var document: Document
    public var candidates: [EventCandidate]
}

/// Runs the per-document stages in order on one record. Pure: same record in, same analysis out.
///
/// layout → sentences → publication date (explicit evidence, then text bounds from a first temporal
/// pass without a reference date) → temporal expressions → triggers, entities, quotes → events →
/// titles, issues and signatures.
public struct DocumentAnalyzer: Sendable {
    public let lexicons: AnalysisLexicons
    let layoutParser: ArticleLayoutParser
    let splitter: SentenceSplitter
    let publication = PublicationDateInferrer()
    let tagger = TemporalTagger()
    let triggers: TriggerDetector
    let entities: EntityRecognizer
    let quotes: QuoteExtractor
    let issues: IssueClassifier
    let events: EventExtractor
    let titles: TitleBuilder

    public init(lexicons: AnalysisLexicons) {
        self.lexicons = lexicons
        layoutParser = ArticleLayoutParser(boilerplate: lexicons.boilerplate)
        splitter = SentenceSplitter(abbreviations: lexicons.abbreviations)
        triggers = lexicons.semantic.triggerDetector
        entities = lexicons.semantic.entityRecognizer
        quotes = lexicons.semantic.quoteExtractor
        issues = lexicons.semantic.issueClassifier
        events = EventExtractor(aspect: lexicons.aspect)
        titles = TitleBuilder(lexicons: lexicons.semantic)
    }

    public func analyze(_ record: ArticleRecord) -> DocumentAnalysis {
        var times: StageTimes? = nil
        return analyze(record, times: &times)
    }

    /// Same as `analyze(_:)`, adding each stage's duration to `times` when it is not nil.
    public func analyze(_ record: ArticleRecord, times: inout StageTimes?) -> DocumentAnalysis {
        func stage<T>(_ name: String, _ body: () -> T) -> T {
            if times == nil { return body() }
            return times!.measure(name, body)
        }
        let text = record.text
        let layout = stage("layout") { layoutParser.parse(text, title: record.title) }
        let sentences = stage("sentences") { splitter.split(text, layout: layout) }
        let parsed = stage("temporal") { tagger.parse(sentences: sentences) }
        let published = stage("publication date") { publicationDate(record, layout, sentences, parsed: parsed) }
        let timexes = stage("temporal") { tagger.tag(parsed: parsed, publication: published) }
        let tokenized = stage("tokens") { sentences.map { TokenizedSentence($0.text) } }
        let sentenceTriggers = stage("triggers") { tokenized.map { triggers.detect(in: $0) } }
        let (sentenceEntities, known) = stage("entities") {
            let (found, known) = entities.recognizeWithPeople(document: tokenized)
            return (Self.resolvingEarlyShortNames(found, known: known), known)
        }
        let slots = stage("events") {
            events.slots(sentences: sentences, timexes: timexes, triggers: sentenceTriggers)
                .filter { !Self.isDateHeading($0, in: sentences[$0.sentence].text) }
        }
        let document = Document(id: record.id, path: record.path,
                                title: record.title ?? layout.headline ?? record.id,
                                url: record.url, source: record.source, published: published, text: text)
        let candidates = candidatesFor(slots, document: document, layout: layout, sentences: sentences,
                                       entities: sentenceEntities, known: known, tokenized: tokenized, timexes: timexes,
                                       times: &times)
        return DocumentAnalysis(document: document, candidates: candidates)
    }

    /// Explicit evidence first; the text's own dated past and future events bound what is left open.
    ///
    /// An explicit full date whose clause has no future marker counts as past: news reports what
    /// happened, and captions ("… shakes hands with …, Apr. 26, 2024") use the present for the past. When the
    /// text only bounds publication from below, it is taken to lie within `reportingWindow` days of
    /// the latest past event, when that event is dated to a day or month: news is written soon after
    /// what it reports. That assumption is the
    /// `text_bounds` basis, and the range says how uncertain it is.
    func publicationDate(_ record: ArticleRecord, _ layout: ArticleLayout, _ sentences: [Sentence],
                         parsed: [TemporalTagger.ParsedSentence]? = nil) -> PublicationDate? {
        // (Recognition is shared with the second pass; only resolution differs.)
        let parsed = parsed ?? tagger.parse(sentences: sentences)
        // (The first pass without a reference date, reduced to the dated observations.)
        let observations = tagger.datedObservations(parsed: parsed) + pageLineObservations(record.text, layout)
        if let date = publication.infer(record: record, layout: layout, observations: observations) {
            return narrowed(date, parsed: parsed)
        }
        let bounds = PublicationBounds(observations)
        guard let lower = bounds.earliest, Self.reportsDatedHappening(observations, endingOn: lower) else { return nil }
        // (The narrowed days were placed by this window, so they do not move its end.)
        let window = PublicationDate(earliest: lower, latest: lower.adding(days: Self.reportingWindow), basis: "text_bounds")
        return narrowed(weekdayNarrowed(window, parsed: parsed), parsed: parsed)
    }

    /// A range narrowed from below by the past days it lets the text place (one more step of the
    /// same reasoning): "the drills ran from Saturday through Monday, April 10" needs the year the
    /// range gives before it can say publication came after April 10.
    func narrowed(_ date: PublicationDate, parsed: [TemporalTagger.ParsedSentence]) -> PublicationDate {
        guard let day = tagger.latestPinnedPastDay(parsed: parsed, publication: date),
              day > date.earliest, day <= date.latest else { return date }
        return PublicationDate(earliest: day, latest: date.latest, basis: date.basis)
    }

    /// Days after the latest reported event within which an undated article is assumed published.
    static let reportingWindow = 30

    /// Whether the past mention that bounds publication from below names a month or a finer unit.
    /// News follows soon after a happening it dates to the day or month; a year ("stalled since
    /// 2011", "was scrapped in 2019") says nothing of how long ago it was, and a window after the
    /// year's last day would date the article's "Friday" to a made-up week. Nor does the onset of a
    /// state that still holds ("detained since December 2020").
    static func reportsDatedHappening(_ observations: [DatedObservation], endingOn lower: CalendarDate) -> Bool {
        observations.contains {
            $0.tense == .past && !$0.isOnset && ($0.span.latest ?? $0.span.earliest) == lower && $0.span.granularity <= .month
        }
    }

    /// Issues, titles and the rest of each candidate; `times` (when not nil) gets the three apart.
    /// `timexes[i]` are sentence `i`'s expressions: clock times are left out of titles.
    func candidatesFor(_ slots: [EventSlot], document: Document, layout: ArticleLayout, sentences: [Sentence],
                       entities: [SentenceEntities], known: DocumentEntities, tokenized: [TokenizedSentence],
                       timexes: [[TemporalExpression]] = [], times: inout StageTimes?) -> [EventCandidate] {
        func stage<T>(_ name: String, _ body: () -> T) -> T {
            if times == nil { return body() }
            return times!.measure(name, body)
        }
        let start = StageTimes.now(), measuredBefore = times?.total ?? 0
        defer {
            // What issues and titles did not take: quotes, content words, entities, mentions.
            if times != nil { times!.add("candidates", seconds: StageTimes.seconds(since: start) - (times!.total - measuredBefore)) }
        }
        // A syndicated copy often repeats its lead paragraph: counted twice, a side topic of the lead
        // would pass for the article's topic.
        var lead = [layout.headline ?? ""]
        var leadParts = [TokenizedSentence(layout.headline ?? "")]
        // ("(Agency) — " before the repeat is not a difference).
        for k in sentences.indices {
            guard lead.count < 4 else { break }
            let text = sentences[k].text
            if lead.contains(where: { text.hasSuffix($0) }) { continue }
            lead.append(text)
            leadParts.append(tokenized[k])
        }
        // (As the lead's lines joined by line breaks, from the tokens the sentences already have.)
        let topics = stage("issues") { issues.documentIssues(in: leadParts) }
        // Each sentence's slots, as runs of one list in slot order (no per-sentence arrays).
        let bySentence = SentenceSlots(slots)
        // (A sentence's quotes are the same for each of its events: found once per sentence.)
        var quotesOf: (sentence: Int, quotes: [Quote]) = (-1, [])
        var candidates: [EventCandidate] = []
        candidates.reserveCapacity(slots.count)
        for k in slots.indices {
            // The slot's fields the calls below read, taken in place (a whole slot is a dozen
            // references to copy).
            let slot = (sentence: slots[k].sentence, segment: slots[k].segment, trigger: slots[k].trigger)
            if quotesOf.sentence != slot.sentence {
                quotesOf = (slot.sentence, Self.speakersNamed(quotes.quotes(in: tokenized[slot.sentence], known: known),
                                                               before: slot.sentence, in: entities, known: known))
            }
            let sentence = sentences[slot.sentence]
            let sentenceEntities = entities[slot.sentence]
            let names = Self.segmentNames(sentenceEntities, in: slot.segment, text: sentence.text)
            let timexRange = slots[k].timex?.range
            let length = sentence.text.utf8.count
            var excluded: [Range<Int>] = []
            excluded.reserveCapacity(4)
            if let timexRange { excluded.append(timexRange) }
            excluded.append(0..<slot.segment.lowerBound)
            excluded.append(slot.segment.upperBound..<length)
            // "launched … around 2:55 p.m. local time": a clock time is no part of a headline.
            if let sentenceTimexes = timexes[safe: slot.sentence] {
                for x in sentenceTimexes where x.kind == .time && x.range != timexRange {
                    excluded.append(x.range.lowerBound..<Self.localTimeEnd(after: x.range.upperBound, in: sentence.text))
                }
            }
            // "PARIS, Aug 24, 2022 (AFP) - …": the wire dateline is neither subject nor content.
            var text = sentence.text
            if let dateline = text.withUTF8({ WireDateline.opening(in: $0) }) { excluded.append(0..<dateline.end) }
            // "Qin Gang, who has not been seen since June 25": the clause's own event reads as
            // "Qin Gang has not been seen …" without its ", who".
            if slot.trigger == nil, let timexRange,
               let aside = EventExtractor.relativeClause(around: timexRange, in: Array(sentence.text.utf8)),
               aside.tellsOwnEvent, aside.told == slot.segment {
                excluded.append(aside.joiner)
            }
            // Other events' stretches are blanked for issues: "X's visit to Taipei in August and the
            // spy balloon incident in February" gives the incident no Taiwan; the shared subject and
            // lead-in still count. Only earlier events' stretches: a trailing clause ("…, as wars
            // rage in …") often qualifies the whole sentence, not just the last event in it.
            let group = bySentence.slots(of: k)
            var siblings: [Range<Int>] = []
            var later: [Range<Int>] = []
            if group.count > 1 {
                for other in group.indices where group[other].segment.lowerBound < slot.segment.lowerBound {
                    siblings.append(group[other].segment)
                }
                later = Self.laterEvents(after: slots[k], among: group, in: sentence.text)
            }
            // (Unmasked, the sentence's shared tokens serve.)
            let evidence = stage("issues") {
                siblings.isEmpty && later.isEmpty
                    ? issues.classify(sentence: tokenized[slot.sentence], triggerClass: slot.trigger?.triggerClass,
                                      documentIssues: topics)
                    : issues.classify(sentence: tokenized[slot.sentence], blanking: siblings, except: slot.segment,
                                      alsoBlanking: later, triggerClass: slot.trigger?.triggerClass, documentIssues: topics)
            }
            var title = stage("titles") {
                titles.title(sentence: tokenized[slot.sentence], trigger: slot.trigger, entities: sentenceEntities,
                             excluding: excluded, previous: slot.sentence > 0 ? entities[slot.sentence - 1] : SentenceEntities())
            }
            // (A list shows the title alone: never a blank line.)
            if title.isEmpty { title = Self.openingWords(of: sentence.text) }
            let mention = Mention(
                document: document.id, sentence: sentence.text,
                offset: sentence.range.lowerBound, length: sentence.range.count,
                timex: slots[k].timex?.text,
                timexOffset: timexRange.map { sentence.range.lowerBound + $0.lowerBound },
                timexLength: timexRange?.count,
                when: slots[k].span.isDated ? slots[k].span : nil)
            candidates.append(EventCandidate(
                mention: mention, when: slots[k].span, title: title, kind: slot.trigger?.triggerClass,
                actors: names.actors, places: names.places, issueEvidence: evidence,
                quotes: quotesOf.quotes,
                contentWords: lexicons.contentWords.list(in: sentence.text, excluding: excluded)))
        }
        return candidates
    }

    /// The first words of a sentence (at most `openingWordLimit`), for an event no title could be
    /// built for: what the text says beats a blank.
    static func openingWords(of text: String) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).prefix(openingWordLimit)
        let joined = words.joined(separator: " ")
        return joined.isEmpty ? "(untitled)" : joined
    }

    static let openingWordLimit = 8

    static let localTimePhrase = Array(" local time".utf8)

    /// Where " local time" ends when it follows byte `end` of `text` ("2:55 p.m. local time"), else `end`.
    static func localTimeEnd(after end: Int, in text: String) -> Int {
        let phrase = localTimePhrase
        let bytes = text.utf8
        guard end >= 0, end + phrase.count <= bytes.count else { return end }
        let start = bytes.index(bytes.startIndex, offsetBy: end)
        let following = bytes[start...].prefix(phrase.count)
        return following.elementsEqual(phrase, by: { ($0 | 0x20) == $1 }) ? end + phrase.count : end
    }

    /// A sentence that is its date and nothing else ("2019", "March 2018:"): a heading over the
    /// entries of a timeline, which dates them but tells no event of its own.
    static func isDateHeading(_ slot: EventSlot, in text: String) -> Bool {
        guard slot.trigger == nil, let range = slot.timex?.range else { return false }
        return EventExtractor.isBareDate(range, in: text)
    }

    /// "X's visit in August 2022 and the spy balloon incident of February 2023": the words of a later
    /// listed event of the sentence, from the "and" that opens it to its own date, are that event's,
    /// not this one's (its issues stay its own).
    static func laterEvents(after slot: EventSlot, among slots: ArraySlice<EventSlot>, in text: String) -> [Range<Int>] {
        // (Most sentences date one event: no copy of their bytes for them.)
        guard slots.count > 1, let own = slot.timex?.range else { return [] }
        let bytes = Array(text.utf8)
        var out: [Range<Int>] = []
        for other in slots {
            guard let date = other.timex?.range, let trigger = other.trigger?.range, date.lowerBound >= own.upperBound,
                  trigger.lowerBound >= own.upperBound, trigger.upperBound <= date.lowerBound,
                  other.trigger != slot.trigger else { continue }
            // Only a list ("… and the spy balloon incident of …"): back to the " and " that opens the
            // later item. A clause joined otherwise (", even as …", "days after …") often qualifies
            // the whole sentence and keeps counting for this event.
            var start: Int?
            var i = trigger.lowerBound - 1
            while i >= own.upperBound, i + 4 < bytes.count {
                if bytes[i] == 0x20, bytes[i + 1] == UInt8(ascii: "a"), bytes[i + 2] == UInt8(ascii: "n"),
                   bytes[i + 3] == UInt8(ascii: "d"), bytes[i + 4] == 0x20 { start = i; break }
                if bytes[i] == UInt8(ascii: ",") || bytes[i] == UInt8(ascii: ";") { break }
                i -= 1
            }
            guard let start else { continue }
            out.append(start..<date.upperBound)
        }
        return out
    }

    /// The entities of one event's stretch of a sentence, plus the sentence's grammatical subject
    /// (a name that opens it), which every event of the sentence shares: "Li, under sanctions since
    /// 2018, was removed in October" is about Li in both of its events.
    static func entities(_ all: SentenceEntities, in segment: Range<Int>, text: String) -> SentenceEntities {
        // "SEOUL, March 3 (Reuters) -": a bracketed organisation alone is a source credit, not an actor.
        let bytes = text.utf8
        let credited = all.mentions.filter { m in
            !(m.kind == .organization && m.range.lowerBound > 0 && m.range.upperBound < bytes.count
              && bytes[bytes.index(bytes.startIndex, offsetBy: m.range.lowerBound - 1)] == UInt8(ascii: "(")
              && bytes[bytes.index(bytes.startIndex, offsetBy: m.range.upperBound)] == UInt8(ascii: ")"))
        }
        var mentions = credited.filter { segment.overlaps($0.range) }
        if let subject = credited.first, subject.range.lowerBound < 24, subject.kind != .place,
           !mentions.contains(subject) {
            mentions.insert(subject, at: 0)
        }
        return SentenceEntities(mentions: mentions)
    }
}
