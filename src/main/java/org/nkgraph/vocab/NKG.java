package org.nkgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The nkgraph ontology ({@code ontology/nkgraph.ttl}) as constants, named exactly as the local names so that code
 * reads like Turtle.
 *
 * <p>Each term's javadoc is the first sentence of its {@code rdfs:comment}; {@code NKGTest} checks that every
 * constant is declared in the ontology file and every term declared there has a constant. IRIs of instances and
 * named graphs are built by {@link NKGID}.
 *
 * <pre>
 * model.add(event, RDF.type, NKG.Inspection);
 * model.add(event, NKG.reportedIn, NKGID.article(hash));
 * </pre>
 */
public final class NKG {

    /** The ontology namespace; every term below is this string plus its local name. */
    public static final String NS = "https://w3id.org/nkgraph/ontology#";

    /** The conventional prefix for {@link #NS}. */
    public static final String PREFIX = "nkg";

    /** The IRI of the ontology itself (the subject of its {@code owl:Ontology} header). */
    public static final String ONTOLOGY_IRI = "https://w3id.org/nkgraph/ontology";

    /** The IRI of this version of the ontology ({@code owl:versionIRI}). */
    public static final String ONTOLOGY_VERSION_IRI = "https://w3id.org/nkgraph/ontology/1";

    /** Where the ontology file is on the class path (Maven copies the project's {@code ontology/} folder there). */
    public static final String ONTOLOGY_RESOURCE = "ontology/nkgraph.ttl";

    /** Where the SHACL shapes for a built graph are on the class path. */
    public static final String SHAPES_RESOURCE = "ontology/shapes.ttl";

    private NKG() {}

    /** The namespace, for APIs that ask for it by method. */
    public static String getURI() {
        return NS;
    }

    /**
     * The class named {@code localName} in this vocabulary, for rule files that name classes ("Inspection").
     * Rule loaders check names against the ontology when they start.
     */
    public static Resource term(String localName) {
        return resource(localName);
    }

    /** The property named {@code localName} in this vocabulary ("daughterOf"). */
    public static Property propertyNamed(String localName) {
        return property(localName);
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }

    // ---- Datatypes ----

    /**
     * A date as precise as the text allows: a full day (xsd:date), a month (xsd:gYearMonth) or only a year (xsd:gYear).
     * "In March 2021" is 2021-03 as xsd:gYearMonth, not a made-up first of March.
     */
    public static final Resource DateValue = resource("DateValue");

    // ---- Classes ----

    /**
     * A news article loaded into the graph: the normalised body text with its headline, dates, byline and source file.
     */
    public static final Resource Article = resource("Article");

    /**
     * One sentence of an article, located by character offsets into the article body and numbered by its position in
     * the article.
     */
    public static final Resource Sentence = resource("Sentence");

    /**
     * A span of article text that names or refers to a person, organisation, place or other entity, with the rule that
     * found it and a confidence; {@link #denotes} gives the entity it was resolved to.
     */
    public static final Resource Mention = resource("Mention");

    /**
     * Where and how an article states an extracted fact: the article and sentence, the character span, the extraction
     * rule and a confidence. {@link #evidenceFor} points from the evidence to the fact it supports.
     */
    public static final Resource Evidence = resource("Evidence");

    /** A human being named in the news: a leader, official, analyst, journalist or anyone else. */
    public static final Resource Person = resource("Person");

    /**
     * A person who holds or has held a post in a party, state or government body, such as a party secretary, minister
     * or provincial committee chairman.
     */
    public static final Resource Official = resource("Official");

    /**
     * An official at the very top of a state or ruling party, such as a head of state or a party's general secretary.
     */
    public static final Resource Leader = resource("Leader");

    /**
     * A person quoted as an outside expert who interprets events rather than taking part in them: a researcher,
     * academic, former official or commentator.
     */
    public static final Resource Analyst = resource("Analyst");

    /** A person who reports or writes for a media outlet, for example the author named in an article's byline. */
    public static final Resource Journalist = resource("Journalist");

    /**
     * A named, organised group of people with a purpose: a party, a state body, a media outlet, a research institute, a
     * university and the like.
     */
    public static final Resource Organization = resource("Organization");

    /** An organisation that holds or seeks political power, such as a ruling party or an opposition party. */
    public static final Resource PoliticalParty = resource("PoliticalParty");

    /**
     * A unit inside a political party: a central committee, its political bureau or secretariat, a department, or a
     * provincial or county party committee.
     */
    public static final Resource PartyBody = resource("PartyBody");

    /** An organ of a state: a cabinet, commission, ministry, legislature, agency, court or local people's committee. */
    public static final Resource GovernmentBody = resource("GovernmentBody");

    /** A government department headed by a minister, such as a ministry of foreign affairs or of unification. */
    public static final Resource Ministry = resource("Ministry");

    /** A state body that passes laws and budgets, such as a national assembly or people's assembly. */
    public static final Resource Legislature = resource("Legislature");

    /**
     * A government body that gathers and assesses intelligence, such as a national intelligence service; often the
     * source of claims about leadership matters.
     */
    public static final Resource IntelligenceAgency = resource("IntelligenceAgency");

    /**
     * An organisation that publishes news: a news agency, newspaper, broadcaster or news website, state-run or
     * independent.
     */
    public static final Resource MediaOutlet = resource("MediaOutlet");

    /**
     * An organisation whose work is research or policy analysis, such as a think tank or a state research institute.
     */
    public static final Resource ResearchInstitute = resource("ResearchInstitute");

    /** An institution of higher education and research; its staff often appear as analysts. */
    public static final Resource University = resource("University");

    /** A place on the map: a country, an administrative division, a city or a facility. */
    public static final Resource Place = resource("Place");

    /** A sovereign state, such as North Korea, South Korea or China. */
    public static final Resource Country = resource("Country");

    /**
     * A part of a country with its own administration at some level: a province, a special city, a county, a city
     * district.
     */
    public static final Resource AdministrativeDivision = resource("AdministrativeDivision");

    /**
     * An administrative division directly below the country: a province, or a city governed directly or as a special
     * city instead of belonging to a province.
     */
    public static final Resource FirstLevelDivision = resource("FirstLevelDivision");

    /** A first-level division called a province (do), such as South Pyongan; divided into cities and counties. */
    public static final Resource Province = resource("Province");

    /**
     * A city that is itself a first-level division: the directly governed capital Pyongyang, and special cities such as
     * Rason, Nampo and Kaesong.
     */
    public static final Resource SpecialCity = resource("SpecialCity");

    /**
     * A second-level administrative division (kun), mostly rural, within a province or a first-level city; the unit
     * that regional development policy targets one factory at a time.
     */
    public static final Resource County = resource("County");

    /**
     * Any city: a North Korean city at the second level (si) within a province, or a foreign city such as Seoul or
     * Beijing.
     */
    public static final Resource City = resource("City");

    /** An administrative division inside a city: a ward (kuyok), a district (ku) or a workers' district (chigu). */
    public static final Resource District = resource("District");

    /**
     * A built site with a purpose, such as a factory, farm, hospital or service centre; the typical scene of
     * inspections and inauguration ceremonies.
     */
    public static final Resource Facility = resource("Facility");

    /** A site where goods are produced, such as a county's local-industry factory. */
    public static final Resource Factory = resource("Factory");

    /** An agricultural site: a cooperative farm, a greenhouse farm, a livestock or fish farm. */
    public static final Resource Farm = resource("Farm");

    /** A facility that gives medical treatment, such as a county or regional hospital. */
    public static final Resource Hospital = resource("Hospital");

    /**
     * A facility that serves residents' everyday needs, such as a general service centre with shops, baths and repair
     * services.
     */
    public static final Resource ServiceCentre = resource("ServiceCentre");

    /**
     * A named plan or programme of a party or state, such as a regional development policy, with its targets, its
     * duration and the meeting at which it was introduced.
     */
    public static final Resource Policy = resource("Policy");

    /**
     * Something that happened and that at least one article reports: a visit, a ceremony, an appointment, a meeting, a
     * weapons test.
     */
    public static final Resource Event = resource("Event");

    /** An event in which a person, typically a leader or a delegation, goes to a place or facility. */
    public static final Resource Visit = resource("Visit");

    /**
     * A visit made to examine work at a site, such as a leader's on-the-spot guidance at a factory or construction
     * site.
     */
    public static final Resource Inspection = resource("Inspection");

    /** The opening, inauguration or completion ceremony of a facility or project. */
    public static final Resource Inauguration = resource("Inauguration");

    /** The ceremony or moment at which construction of a facility or project begins. */
    public static final Resource Groundbreaking = resource("Groundbreaking");

    /** An event in which a person is given a post, by appointment, election or promotion. */
    public static final Resource Appointment = resource("Appointment");

    /** An event in which a person loses a post: dismissal, removal, demotion, recall or replacement. */
    public static final Resource Dismissal = resource("Dismissal");

    /**
     * The test launch or firing of a weapon: a ballistic or cruise missile launch, an artillery drill, a nuclear test.
     */
    public static final Resource WeaponsTest = resource("WeaponsTest");

    /**
     * A political meeting, as the event of its being held: a congress, a plenary meeting, an assembly session, a
     * conference, a politburo meeting. {@link #heldBy} gives the body that held it.
     */
    public static final Resource Meeting = resource("Meeting");

    /**
     * A congress of a political party, its highest meeting, held every few years and numbered ({@link #ordinal} 8 for
     * the Eighth Congress).
     */
    public static final Resource PartyCongress = resource("PartyCongress");

    /** A plenary meeting of a party's central committee, numbered within the committee's term ({@link #ordinal}). */
    public static final Resource PlenaryMeeting = resource("PlenaryMeeting");

    /**
     * A session of a legislature, such as a session of a people's assembly that passes laws, budgets and appointments.
     */
    public static final Resource AssemblySession = resource("AssemblySession");

    /** One agent's part in one event, with the capacity in which it took part (accompanying, also present, speaker). */
    public static final Resource Participation = resource("Participation");

    /** Something said or written by a person or organisation and reported in an article, with its speaker and text. */
    public static final Resource Statement = resource("Statement");

    /** A statement reported word for word, inside quotation marks. */
    public static final Resource Quote = resource("Quote");

    /**
     * A statement reported in indirect speech or attributed as a claim rather than quoted word for word, as in
     * "officials said that ...".
     */
    public static final Resource Claim = resource("Claim");

    /**
     * A post that a person holds in an organisation, such as party secretary or minister: links holder, organisation
     * and the title as written, so one person can hold several posts at once.
     */
    public static final Resource Position = resource("Position");

    // ---- Object properties ----

    /**
     * The article whose body a sentence, mention or piece of evidence belongs to; its offsets count into that article's
     * body.
     */
    public static final Property inArticle = property("inArticle");

    /** The sentence that contains a mention or piece of evidence. */
    public static final Property inSentence = property("inSentence");

    /** The entity (person, organisation, place, policy, ...) that a mention refers to, once resolved. */
    public static final Property denotes = property("denotes");

    /**
     * The kind of thing a mention names, as one of the six top classes {@link #Person}, {@link #Organization},
     * {@link #Place}, {@link #Facility}, {@link #Policy} or {@link #Meeting}.
     */
    public static final Property nameType = property("nameType");

    /**
     * An entity that an article mentions at least once: the article-level summary of its mentions' {@link #denotes}
     * links.
     */
    public static final Property mentions = property("mentions");

    /** The fact that this evidence supports: an event, statement, position, or a node that carries a relation. */
    public static final Property evidenceFor = property("evidenceFor");

    /**
     * An article that reports this event, statement, position, or entity found in text; one node can be reported in
     * many articles.
     */
    public static final Property reportedIn = property("reportedIn");

    /** The place that directly contains this one: a county's province, a province's country, a facility's county. */
    public static final Property partOf = property("partOf");

    /** The place where a facility stands or where an organisation is based. */
    public static final Property locatedIn = property("locatedIn");

    /** The country that a place, organisation or person belongs to. */
    public static final Property country = property("country");

    /** The organisation that this one is part of, such as a party department within its central committee. */
    public static final Property subOrganizationOf = property("subOrganizationOf");

    /**
     * An organisation this one is linked to without being part of it, such as a research institute affiliated with a
     * ministry or a newspaper published by a party.
     */
    public static final Property affiliatedWith = property("affiliatedWith");

    /** A position that the person holds or held. */
    public static final Property holds = property("holds");

    /** The person who holds or held the position. */
    public static final Property holder = property("holder");

    /** The organisation in which the position is held. */
    public static final Property organization = property("organization");

    /** A family member of this person, of any kind; the more specific properties say which. */
    public static final Property relativeOf = property("relativeOf");

    /** A parent of this person: X {@link #childOf} Y says X is Y's child. */
    public static final Property childOf = property("childOf");

    /** A parent of this person, who is their daughter: X {@link #daughterOf} Y says X is Y's daughter. */
    public static final Property daughterOf = property("daughterOf");

    /** A parent of this person, who is their son: X {@link #sonOf} Y says X is Y's son. */
    public static final Property sonOf = property("sonOf");

    /** A child of this person: X {@link #parentOf} Y says X is Y's parent. */
    public static final Property parentOf = property("parentOf");

    /** The husband or wife of this person. */
    public static final Property spouseOf = property("spouseOf");

    /** A brother or sister of this person. */
    public static final Property siblingOf = property("siblingOf");

    /**
     * A person or organisation that took part in the event, in whatever capacity; see {@link #hasParticipation} when
     * the capacity is known.
     */
    public static final Property participant = property("participant");

    /** One agent's part in the event, as a node that records the agent and its capacity. */
    public static final Property hasParticipation = property("hasParticipation");

    /** The person or organisation whose part in an event this participation describes. */
    public static final Property agent = property("agent");

    /** The facility where the event took place, such as the factory inspected or the hospital inaugurated. */
    public static final Property site = property("site");

    /**
     * The most specific named place where the event took place (a county rather than its province when the text names
     * the county).
     */
    public static final Property place = property("place");

    /** The body that held the meeting, such as a party's central committee for its plenary meeting. */
    public static final Property heldBy = property("heldBy");

    /** The meeting at which the policy was announced or adopted. */
    public static final Property introducedAt = property("introducedAt");

    /** The person or organisation credited with introducing the policy. */
    public static final Property introducedBy = property("introducedBy");

    /** The person or organisation to whom the statement is attributed. */
    public static final Property speaker = property("speaker");

    /**
     * The words that name the speaker of a statement when they name no one entity: a group or a source such as
     * "analysts" or "state media".
     */
    public static final Property speakerText = property("speakerText");

    /**
     * The policy that an event carries out or a statement is about, such as a factory inauguration under a regional
     * development policy.
     */
    public static final Property policy = property("policy");

    // ---- Datatype properties ----

    /** The exact text of a sentence, mention or statement, character for character as in the article body. */
    public static final Property text = property("text");

    /** Character offset into the article body where the span begins (counting from 0, inclusive). */
    public static final Property start = property("start");

    /**
     * Character offset into the article body just after the span ends (exclusive), so end minus start is the span's
     * length.
     */
    public static final Property end = property("end");

    /** The position of the sentence in its article, counting from 0. */
    public static final Property index = property("index");

    /**
     * The identifier of the rule, pattern, model or gazetteer that produced the mention or evidence, so a bad result
     * can be traced to its cause.
     */
    public static final Property rule = property("rule");

    /** How sure the extractor is that the mention or evidence is right, from 0 (a guess) to 1 (certain). */
    public static final Property confidence = property("confidence");

    /** The article's headline as published. */
    public static final Property title = property("title");

    /**
     * The article's full text after normalisation (no byte-order mark, LF line ends, NFC); all character offsets count
     * into it.
     */
    public static final Property body = property("body");

    /** The calendar date on which the article was published, as its source states it. */
    public static final Property publicationDate = property("publicationDate");

    /**
     * The date and time of publication, when the source gives a time; with a zone offset only if the source gives one.
     */
    public static final Property publicationDateTime = property("publicationDateTime");

    /** The calendar date of the article's last update, as its source states it. */
    public static final Property modifiedDate = property("modifiedDate");

    /** The date and time of the article's last update, when the source gives a time. */
    public static final Property modifiedDateTime = property("modifiedDateTime");

    /**
     * A date exactly as written in the source ("March 3, 2024", "early this month"), kept beside the typed value so a
     * reader can check the interpretation.
     */
    public static final Property dateText = property("dateText");

    /** The article's byline as written, such as "By Jane Doe in Seoul" or "Staff reporter". */
    public static final Property byline = property("byline");

    /** The author's name when the byline names a person, as plain text. */
    public static final Property authorName = property("authorName");

    /** The place named in the byline or dateline, such as "Seoul", as written. */
    public static final Property dateline = property("dateline");

    /** The publisher's name as the source gives it. */
    public static final Property publisherName = property("publisherName");

    /** The web address at which the article was published. */
    public static final Property url = property("url");

    /** The name of the file the article was read from, without its folder. */
    public static final Property sourceFile = property("sourceFile");

    /** The absolute path of the file the article was read from, at load time. */
    public static final Property sourcePath = property("sourcePath");

    /** The line number of the article's row in a JSON Lines file. */
    public static final Property sourceLine = property("sourceLine");

    /** The identity of the slot the article was loaded from: the file path, or path#row for a JSON Lines row. */
    public static final Property sourceKey = property("sourceKey");

    /** The input format the article was read from: txt, html or jsonl. */
    public static final Property format = property("format");

    /** A hash of the article's whitespace-folded text (hex), the article's identity whatever file it came from. */
    public static final Property contentHash = property("contentHash");

    /**
     * For an article that states no publication date: the year it was written in, inferred from a meeting it dates
     * relative to its own time that another article dates absolutely.
     */
    public static final Property inferredYear = property("inferredYear");

    /** The dated node (a meeting another article dates) from which an article's {@link #inferredYear} came. */
    public static final Property inferredFrom = property("inferredFrom");

    /** When the article was loaded into the graph. */
    public static final Property loadedAt = property("loadedAt");

    /** The date on which the event happened, as precise as the text allows: a day, a month or a year. */
    public static final Property date = property("date");

    /**
     * The earliest date on which the event can have happened or began, when the text gives no single date ("earlier
     * this month") or the event lasted several days.
     */
    public static final Property startDate = property("startDate");

    /** The latest date on which the event can have happened or ended; see {@link #startDate}. */
    public static final Property endDate = property("endDate");

    /** The number of a meeting in its series, such as 8 for a party's Eighth Congress. */
    public static final Property ordinal = property("ordinal");

    /** The date on which the policy was announced or adopted, as precise as the text allows. */
    public static final Property introducedDate = property("introducedDate");

    /**
     * How many units the policy aims to deliver each year, such as the number of counties or factories; {@link
     * #targetUnit} says what is counted.
     */
    public static final Property annualTarget = property("annualTarget");

    /** How many years the policy is planned to run. */
    public static final Property durationYears = property("durationYears");

    /** What the policy's annual target counts, such as "counties" or "factories". */
    public static final Property targetUnit = property("targetUnit");

    /**
     * The title of the position as the article writes it, such as "Premier" or "secretary of the Central Committee".
     */
    public static final Property positionTitle = property("positionTitle");

    /** The capacity in which the agent took part in the event, in words: "accompanying", "also present", "speaker". */
    public static final Property capacity = property("capacity");

    /** The entity's name in Korean script, with language tag ko. */
    public static final Property hangul = property("hangul");

    /**
     * The place's name in McCune-Reischauer romanisation, the system North Korean sources follow (P'yŏngyang,
     * Ch'ŏngjin).
     */
    public static final Property mcCuneReischauer = property("mcCuneReischauer");

    /**
     * The place's name in the Revised Romanization of Korean, the system South Korean sources follow (Pyeongyang,
     * Cheongjin).
     */
    public static final Property revisedRomanization = property("revisedRomanization");

    /** The place's latitude in decimal degrees (WGS 84), north positive. */
    public static final Property latitude = property("latitude");

    /** The place's longitude in decimal degrees (WGS 84), east positive. */
    public static final Property longitude = property("longitude");

    // ---- Links to Wikidata ----

    /**
     * How nkgraph linked an entity found in articles to a Wikidata item: the item, the score of the best candidate,
     * the evidence it rests on (the method), the endpoint asked and when.
     */
    public static final Resource WikidataLink = resource("WikidataLink");

    /** The record of how the entity's skos:exactMatch to a Wikidata item was found. */
    public static final Property wikidataLink = property("wikidataLink");

    /** The Wikidata item the link points to, the same as the entity's skos:exactMatch. */
    public static final Property linkTarget = property("linkTarget");

    /** How well the item fits the entity, from 0 to 1. */
    public static final Property linkScore = property("linkScore");

    /** Which signals made the link: how the name matched and which of type, country and parent place agreed. */
    public static final Property linkMethod = property("linkMethod");

    /** The SPARQL endpoint whose answers the link rests on. */
    public static final Property linkEndpoint = property("linkEndpoint");
}
