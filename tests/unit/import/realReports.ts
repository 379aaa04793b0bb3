/**
 * Paragraphs of real news reports, verbatim as the stored copies give them (found with the project's
 * search tool, `pages` corpus), for the tests of the quotation, speaker and actor import. Each entry
 * names where it comes from; paragraphs are split where the copy splits them.
 */
export interface RealReport {
  readonly source: string;
  readonly paragraphs: readonly string[];
}

export const REPORTS = {
  /** Anadolu via A News, 3 April 2025: anews.com.tr/europe/2025/04/03/ceasefire-deal-still-on-the-table-ukrainian-foreign-minister */
  sybihaNato: {
    source: 'A News (Agencies), 3 April 2025',
    paragraphs: [
      'While Ukraine had agreed to a US proposal for an unconditional 30-day ceasefire, Russian President Vladimir Putin "talks about demands and conditions," Ukrainian Foreign Minister Andrii Sybiha said on Thursday. "Russia must get serious about peace," he added. "For this, it is time to increase pressure on Moscow."',
      '"I came to NATO headquarters to talk about peace, just, long-lasting, comprehensive peace," Minister Andrii Sybiha said at a news conference with NATO Secretary-General Mark Rutte in Brussels.',
      'The Ukrainian foreign minister said there is a "real, full-scale war going on in Europe," and Russia remains an "existential threat" to Europe.',
    ],
  },
  /** Reuters via Business Recorder, 25 January 2024: brecorder.com/news/40285695/us-cia-chief-to-help-broker-gaza-hostage-deal-source */
  burnsHostageDeal: {
    source: 'Reuters, 25 January 2024',
    paragraphs: [
      'WASHINGTON: U.S. Central Intelligence Agency Director William Burns plans to meet with Israeli, Egyptian and Qatari officials in coming days for talks on a potential Gaza hostage deal, a source familiar with the matter told Reuters on Thursday.',
      'Burns “has been… involved in helping us with the hostage deal that was in place and trying to help us pursue another one,” White House national security spokesman John Kirby told reporters traveling with U.S. President Joe Biden aboard Air Force One, referring specific questions to the agency.',
    ],
  },
  /** Headline USA, 20 July 2024: headlineusa.com/biden-allies-rebuke-anonymous-sources-they-once-embraced-in-trump-era/ */
  escobarAnonymousSources: {
    source: 'Headline USA, 20 July 2024',
    paragraphs: [
      'Rep. Veronica Escobar, D-Texas, who serves as co-chair of the Biden campaign, criticized her allies for leaking information about the Democratic Party’s mishaps with Biden leading the ticket.',
      '“While some folks are commenting to reporters anonymously, the rest of us are on the record and working hard to make sure that we win this election in November,” she said during a CNN interview on Friday morning.',
      'Recalling alleged conversations with constituents, Escobar added, “Their perception is that our nominee is being attacked from within by anonymous sources and reporters are reporting on all of this anonymous gossip.”',
      'White House spokesperson Andrew Bates also criticized the extensive reporting published without prior requests for comment from the White House.',
      '“Most every reporter we deal with is good about this as they go about their important and difficult jobs,” he wrote, “But for the outliers, a polite reminder: *we* are aware that *you* are aware that you have a responsibility to come to us for comment *before* publishing.”',
    ],
  },
  /** AP via the Springfield News-Sun and Bastille Post, 8 August 2024 ("The Latest: Trump holds news conference at Mar-a-Lago"). */
  trumpMarALago: {
    source: 'Associated Press, 8 August 2024',
    paragraphs: [
      'Meanwhile, former President Donald Trump is holding a news conference Thursday at Mar-a-Lago, making his first public appearance since Harris became the Democratic presidential nominee and selected Walz as her running mate.',
      'The former president announced the 2 p.m. EDT news conference on his Truth Social network and then posted he was eager to debate Harris.',
      '“I will expose Kamala during the Debate the same way I exposed Crooked Joe, Hillary, and everyone else during Debates,” he said on Truth Social. “Only I think Kamala will be easier.”',
      'When asked what assets Harris possessed, Trump said, “She’s a woman. She represents certain groups of people.”',
      'Trump, meanwhile, argued, “You don’t win Alabama and South Carolina by records and lose Georgia. It doesn’t happen.”',
    ],
  },
  /** The Daily Beast, February 2025: thedailybeast.com/maga-blasts-ap-over-retracted-trump-putin-story (the copy's marks were mis-encoded; they are curly marks). */
  apRetraction: {
    source: 'The Daily Beast, February 2025',
    paragraphs: [
      '“AP stands for Associated Propaganda,” Elon Musk wrote on X on Tuesday, referencing his preferred name for the wire service.',
      '“The [AP] is total trash,” Alexa Henning, Gabbard’s deputy chief of staff, wrote on X early Tuesday after the AP withdrew the story.',
    ],
  },
  /** Conservative Review, 2025: conservativereview.com/tag/ap (the AP access ruling). */
  apAccessRuling: {
    source: 'Conservative Review, 2025',
    paragraphs: [
      "U.S. District Court Judge Trevor McFadden, a Trump appointee, ordered White House officials to rescind the denial of the AP's access to the Oval Office, Air Force One, and other spaces based on the liberal news organization's viewpoints.",
      '"The AP seeks restored eligibility for admission to the press pool and limited-access press events, untainted by an impermissible viewpoint-based exclusion," wrote McFadden.',
      '"That is all the Court orders today: For the Government to put the AP on an equal playing field as similarly situated outlets, despite the AP\'s use of disfavored terminology," continued the judge. "The Court does not order the Government to grant the AP permanent access to the Oval Office, the East Room, or any other media event. It does not bestow special treatment upon the AP."',
      'Despite the U.S. government\'s renaming of the body of water, the AP persisted in calling it the "Gulf of Mexico" both in its reporting and in its style guide, which is used by journalists around the world.',
    ],
  },
  /** AP via Arab News, 15 July 2024: arabnews.pk/node/2549841 */
  bidenPrimeTime: {
    source: 'Associated Press, 15 July 2024',
    paragraphs: [
      'WASHINGTON: President Joe Biden warned Sunday of the the risks of political violence in the US after Saturday’s attempted assassination of former President Donald Trump, saying, “It’s time to cool it down.”',
      'In a prime-time national address from the Oval Office, Biden said political passions can run high but “we must never descend into violence.”',
      '“There is no place in America for this kind of violence — for any violence. Ever. Period. No exception. We can’t allow this violence to be normalized,” Biden said.',
      '“We can do this,” Biden implored, saying the nation was founded on a democracy that gave reason and balance a chance to prevail over brute force.',
    ],
  },
  /** The Guardian, 21 August 2024, via Magzter: "Reeves plans tax rise amid alarm over 'black hole'". */
  reevesBlackHole: {
    source: 'The Guardian, 21 August 2024',
    paragraphs: [
      "Reeves plans tax rise amid alarm over 'black hole'",
      'A source said: "We don\'t accept the positive economic inheritance line, given the decade that went beforebut regardless, nothing in the recent data can offset the scale of the black hole in the public finances that we\'re looking at."',
    ],
  },
  /** Creative Media News, July 2024: creativemedia.news/world-news/uk-news/reeves-is-likely-to-expose-a-public-finance-shortfall-of-billions */
  reevesPresentation: {
    source: 'Creative Media News, July 2024',
    paragraphs: [
      'Chancellor Rachel Reeves said she will make a presentation to Parliament on Monday that is “honest” about the nature of the problem before the new Labour government.',
      'She promised to “fix the mess we inherited,” but refused to confirm reports that the “black hole” amounted to more than £20 billion per year.',
    ],
  },
  /** Banerclub, July 2024: banerclub.com/?p=58986 (Reeves's Commons statement). */
  reevesForecasts: {
    source: 'Banerclub, July 2024',
    paragraphs: [
      '“The full economic and fiscal forecasts from the Office for Budget Responsibility” will be presented alongside the budget, which outlines the goals of the government for the economy, according to Ms. Reeves.',
    ],
  },
  /** News Hangover, January 2025: Biden's farewell address. */
  bidenFarewell: {
    source: 'News Hangover, January 2025',
    paragraphs: [
      'In a solemn address from the Oval Office on Wednesday evening, President Joe Biden issued a stark warning to the nation about the emergence of an oligarchy, emphasizing the need for accountability even at the highest levels of power.',
      'He declared, "No president is immune from crimes that he or she commits while at office."',
      'According to The Post Millennial, Biden also noted that the incoming Trump administration was kept "fully informed" about the deal, as its implementation would largely be their responsibility.',
      'He went on to say, "Today, an oligarchy is taking shape in America of extreme wealth, power, and influence that literally threatens our entire democracy, our basic rights, freedoms, and a fair shot for everyone to get ahead." He insisted that these individuals must "play by the same rules" and "pay their fair share of taxes."',
    ],
  },
  /**
   * European Pravda, 19 April 2025: pravda.com.ua/eng/news/2025/04/19/7508312/ . Sybiha's statement runs
   * over three paragraphs; they are set here in the newspaper convention (each paragraph of the
   * quotation opens with a mark, only the last one closes), the words unchanged.
   */
  sybihaEaster: {
    source: 'European Pravda, 19 April 2025',
    paragraphs: [
      'Ukraine’s Foreign Minister Andrii Sybiha has said that Ukraine agreed to the US proposal for a full temporary ceasefire for 30 days on 11 March and wants to see Russian forces really cease fire on all fronts.',
      'Quote: "Ukraine\'s position remains clear and consistent: back in Jeddah on 11 March, we unconditionally agreed to the US proposal for a full temporary ceasefire for 30 days.',
      '"Russia refused, and this Russian refusal to the United States has been going on for 39 days. Instead, during this time, the Moscow regime has imposed various conditions and intensified its terror against Ukraine, civilians and civilian infrastructure across our country.',
      '"Now, Putin has made statements about his alleged readiness for a ceasefire. 30 hours instead of 30 days. Unfortunately, we have a lot of experience when his statements did not match his actions. We know that his words cannot be trusted, and we will look at actions, not words."',
      'Details: Sybiha stressed that Russia could at any time agree to a proposal for a full and unconditional 30-day ceasefire, which has been on the table since March.',
      '"We want to see Russian forces truly cease fire on all fronts. We also call on all our partners and the international community to remain vigilant. Only actions demonstrate the truth, not words: it is only because of Russia that this war started and continues," he said.',
    ],
  },
  /** CNN via Style Magazine, 14 February 2024: m.stylemagazine.com/news/2024/feb/14/house-intel-chairman-announces-serious-national-se */
  turnerThreat: {
    source: 'CNN, 14 February 2024',
    paragraphs: [
      'House Intelligence Committee Chair Mike Turner has made intelligence around a “serious national security threat” available to all members of Congress to review. Two sources familiar with the matter and a US official tell CNN the threat is related to Russia.',
      'National Security Adviser Jake Sullivan said he had personally reached out to set a meeting with top lawmakers on national security committees before Turner warned publicly of what he termed the “serious national security threat.”',
      '“I reached out earlier this week to the Gang of Eight to offer myself for up for a personal briefing to the Gang of Eight and, in fact, we scheduled a briefing for the for House members of the Gang of Eight tomorrow,” Sullivan said from the White House. “That’s been on the books. So I am a bit surprised that Congressman Turner came out publicly today in advance of a meeting on the books for me to go sit with him alongside our intelligence and defense professionals tomorrow.”',
    ],
  },
  /** The Telegraph via Daily8, August 2025: daily8.com/en/article/7457f95784fa98c7ab2e37feae7b4b15 */
  healeyBootsOnTheGround: {
    source: 'The Telegraph, August 2025',
    paragraphs: [
      "And yet, John Healey can't be accused of being a pessimist. 'In the circumstances of a ceasefire we're ready to put UK boots on the ground in Ukraine,' he told the BBC on Friday, shortly before the talks began. 'They are ready to go, they're ready to act from day one. The military plans are complete.'",
      "This is, of course, the 'coalition of the willing' which Starmer and French President Emmanuel Macron have worked so hard to assemble. But there is one problem: it may indeed be 'ready to go' – although this is doubtful – but there is no ceasefire nor any prospect of a ceasefire, and Russia has violated previous pauses in the fighting with impunity.",
      "Secretary of state Marco Rubio was downbeat in the wake of the summit. 'There remain some big areas of disagreement,' he admitted to ABC's This Week. 'We're not at the precipice of an agreement, we're not at the edge of one.'",
    ],
  },
  /** Mixed Times, February 2025: mixedtimes.com/politics/ap-grows-deeply-bitter-after-white-house-blocked-reporter-from-third-event-this-week */
  gulfOfAmerica: {
    source: 'Mixed Times, February 2025',
    paragraphs: ['The AP refuses to recognize the “Gulf of America” as its official name.'],
  },
  /** Gazeta Morska / PAP via Daily Mare, 24 August 2025: dailymare.com/news/usa-naklada-sankcje-na-firmy-i-tankowce-… */
  shadowFleetSanctions: {
    source: 'Gazeta Morska / PAP, 24 August 2025',
    paragraphs: [
      'Treasury Secretary Scott Bessent stated that the measures are designed to curb Tehran’s ability to fund advanced weapons programs, support terrorist groups, and threaten the security of US forces and allies.',
      'The sanctioned entities include firms registered in Hong Kong, mainland China, the UAE, and the Marshall Islands. These companies operate within the so-called “shadow fleet” — tankers deployed to move oil from sanctioned producers including Iran, Russia, and Venezuela.',
    ],
  },
  /** IRNA, 23 September 2024: en.irna.ir/news/85605459/FM-denies-quotes-attributed-to-Iranian-president */
  araghchiDenial: {
    source: 'IRNA, 23 September 2024',
    paragraphs: [
      'Araghchi strongly denied the quote by some media from the president that Iran is ready to reduce tension with the Israeli regime, and said that President Pezeshkiab never made such a statement.',
      '"Contrary to what has been reported, President Pezeshkian, in a meeting with some American media executives, strongly condemned the crimes of the Zionist regime in Gaza and the invasion of Lebanon by the Zionist regime this morning, New York local time, and emphasized that these crimes do not conform to any humanitarian and international standards and must be stopped. He also clearly stated that these crimes, including the assassination of Martyr Haniyeh in Tehran, will not go unanswered and that this answer will be implemented in due time," the Iranian foreign minister added.',
      "Araghchi further stated that the Islamic Republic of Iran will certainly not be indifferent to the Zionist regime's recent aggression against Lebanon and will defend and support Lebanon.",
    ],
  },
  /** AP, 2024 ("Independent US Sen. Angus King faces 3 challengers in Maine"), as republished in April 2025. */
  angusKing: {
    source: 'Associated Press, 2024',
    paragraphs: [
      'PORTLAND, Maine (AP) — Independent U.S. Sen. Angus King is seeking another term that would make him the oldest senator to serve from Maine, but three candidates are vying to end his three-decade political run.',
      'King, who was first elected to the Senate in 2012, said he still can help bridge the gap in an increasingly divided Washington, expressing concern that “we’re losing the middle in the Senate.”',
      '“I think I have a role to play to bridge the divide, to listen to people, to bring people together and to compromise to solve these difficult issues,” he said when he launched his reelection bid.',
      'King is being challenged by Republican Demi Kouzounas, a former GOP state chair, dentist and U.S. Army veteran, and Democrat David Costello, a former senior government official who led the Maryland Department of the Environment and the climate and clean energy program at the Natural Resources Council of Maine. Also in the race is another independent, Jason Cherry.',
    ],
  },
  /** CBS News Miami, 6 November 2024: cbsnews.com/miami/news/president-elect-trump-supporters-say-his-win-is-a-win-for-everyone/ */
  trumpVictorySpeech: {
    source: 'CBS News Miami, 6 November 2024',
    paragraphs: [
      'PALM BEACH - Supporters of President-elect Donald Trump are celebrating his victory near his Mar-a-Lago resort after what turned into a very long night of watching and waiting.',
      'With his children and wife looking on, Trump also discussed the efforts the Republican Party made to secure a win in this election. He thanked the American people, his family, and his campaign staff.',
      'Trump also referenced the July assassination attempt against him and said he was told his life was spared "to restore America to greatness."',
      '"This will forever be remembered as the day the American people regained control of their country," said Trump.',
    ],
  },
  /** Island Social Trends, 14 March 2025: islandsocialtrends.ca/?p=150547 (the first and fourth paragraphs of the report). */
  ebyTariffTools: {
    source: 'Island Social Trends, 14 March 2025',
    paragraphs: [
      '“This is our message to Donald Trump. It’s our message to all Americans. We don’t want this fight. We didn’t sign up for it. But that doesn’t mean we’re not going to arm ourselves,” said BC Premier David Eby today during a media availability in Surrey.',
      '“It’s not something that we would do lightly. We know the consequences for Alaskans are a big deal,” said Eby, referring to the toll surcharge for trucks that transport goods from Washington State through BC to Alaska.',
    ],
  },
  /** BBC Sport live page, 28 November 2021: feeds.bbci.co.uk/sport/live/football/58669279?page=7 */
  guardiolaGroundskeeper: {
    source: 'BBC Sport, 28 November 2021',
    paragraphs: [
      'Manchester City manager Pep Guardiola, speaking to the BBC: "Surprised with the amount of chances we created against them. We created a few. The first half was almost impossible to play. The game against PSG was so demanding and the team gave a good performance.',
      '"We have an incredible groundskeeper. Thanks to them we could play.',
      '"The chances we created... it could have been three or four. The players we have out... those that came here were brilliant. All of them. We cannot forget which opponent we played. They have everything."',
    ],
  },
  /** Metro via americatve.com, September 2025: americatve.com/?p=12360 ("Netanyahu’s fury after Starmer recognises Palestinian state"). */
  palestineRecognition: {
    source: 'Metro, September 2025',
    paragraphs: [
      'Benjamin Netanyahu has hit back at the UK’s ‘absurd reward for terrorism’ after UK officially recognised the state of Palestine.',
      'Sir Keir Starmer said: ‘Today, to revive the hope of peace for the Palestinians and Israelis, and a two state solution, the United Kingdom formally recognises the State of Palestine.’',
      'But Israeli Prime Minister Benjamin Netanyahu blasted the UK for offering a ‘prize’ to Hamas.',
      '‘We will also have to fight at the UN and in all other arenas against the false propaganda directed at us and the calls for the establishment of a Palestinian state — which would endanger our existence and constitute an absurd reward for terror’, he said.',
      'The British prime minister said in July he would recognise Palestine at the UNGA if the ‘appalling situation in Gaza’ did not improve.',
    ],
  },
  /** Daily Times (Pakistan), 20 May 2024: dailytimes.com.pk/1193704/pakistan-declares-day-of-mourning/ */
  raisiCondolences: {
    source: 'Daily Times, 20 May 2024',
    paragraphs: [
      'Prime Minister Shehbaz Sharif expressed shock and extended his condolences on Monday over the sudden death of Iranian President Ebrahim Raisi in a helicopter crash. The premier extended his “deepest condolences and sympathies” to the Iranian nation on the terrible loss through his message released on X (formerly Twitter). “The great Iranian nation will overcome this tragedy with customary courage,” the statement added. The premier, while grieving the loss of President Raisi, also reminisced about Raisi’s and Iranian Foreign Minister Amir Abdollahian’s recent visit to Pakistan last month. PM Shehbaz added that the country will mourn the great loss by hoisting the flag at half-mast and observing a day of mourning. Pakistan Peoples Party (PPP) Chairman and former foreign minister Bilawal Bhutto Zardari also expressed profound grief over the tragic demise of the Iranian president and his companions in a helicopter crash. In his statement, Bilawal said, “I extend my heartfelt condolences to the people of Iran on the untimely passing of President Ebrahim Raisi, Foreign Minister Hossein Amir Abdollahian, and their fellow travellers.” Leader of the Opposition in the National Assembly (NA), Omar Ayub Khan also expressed deep sorrow and condolences. “The passing of President Raisi has deprived the Muslim ummah of a great and courageous leader,” stated Ayub. “Pakistan has lost a sincere friend with the demise of President Raisi,” he added.',
    ],
  },
  /** The Thinking Conservative, November 2024: thethinkingconservative.com/trump-picks-rfk-jr-as-secretary-of-health-and-human-services */
  kennedyNomination: {
    source: 'The Thinking Conservative, November 2024',
    paragraphs: [
      'If confirmed, Kennedy will oversee the Centers for Disease Control and Prevention, the Food and Drug Administration, and other agencies.',
      'President-elect Donald Trump on Nov. 14 said he is “thrilled to announce” Robert F. Kennedy Jr. as his nominee to lead the Department of Health and Human Services (HHS), in a statement on social media.',
      'The HHS, created in 1979, oversees 13 separate agencies. The most well-known are the Centers for Disease Control and Prevention (CDC), the Food and Drug Administration (FDA), and the National Institutes of Health (NIH).',
    ],
  },
  /** The Canadian Press via CTV News, 25 November 2024: ctvnews.ca/canada/premiers-seek-urgent-meeting-with-trudeau-before-trump-returns-to-white-house-1.7122627 */
  premiersUrgentMeeting: {
    source: 'The Canadian Press, 25 November 2024',
    paragraphs: [
      "Canada's premiers are asking Prime Minister Justin Trudeau to hold an urgent first ministers' meeting ahead of the return to office of president-elect Donald Trump.",
      'Premier Doug Ford, who chairs the premiers\' association known as the Council of the Federation, tells Trudeau in a letter today that premiers want to be part of a "Team Canada" approach to everything from trade and secure borders to energy, defence and cross-border supply chains.',
    ],
  },
  /** i live blog, 21 March 2024: inews.co.uk/news/politics-waspi-women-state-pension-compensation-report-2967394 */
  waspiOmbudsman: {
    source: 'i, 21 March 2024',
    paragraphs: [
      'The Parliamentary and Health Service Ombudsman (PHSO) said the Department for Work and Pensions (DWP) “must do the right thing and it must be held to account for its failure to do so.”',
    ],
  },
  /** Reuters via swissinfo.ch, 27 August 2024: swissinfo.ch/eng/british-rock-band-oasis-to-reunite-with-2025-tour/87444491 */
  oasisReunion: {
    source: 'Reuters, 27 August 2024',
    paragraphs: [
      'LONDON (Reuters) – British rock band Oasis said on Tuesday they would reunite after 15 years, with brothers Noel and Liam Gallagher planning a series of live shows in 2025.',
      'The band, whose debut album “Definitely Maybe” was released 30 years ago, split in 2009 when lead guitarist and main songwriter Noel said he could no longer work with Liam, the band’s frontman.',
      '“This is it, this is happening,” the band said on X, announcing tickets would go on sale on Saturday. The first show will be held in Cardiff on July 4 next year.',
    ],
  },
  /** PA via the Express & Star, 8 March 2025: expressandstar.com/uk-news/2025/03/08/pro-palestine-protesters-gather-in-whitehall-after-police-block-planned-rally */
  parliamentSquareProtest: {
    source: 'PA, 8 March 2025',
    paragraphs: [
      'Dozens of protesters were at Parliament Square on Saturday and appeared to be showing support for a man who had scaled Elizabeth Tower, which houses Big Ben, from the edge of a police cordon.',
      'Shouts of “Free Palestine” and “You Are A Hero” could be heard from a small group of supporters who were pinned behind the police cordon at Victoria Embankment.',
      'Officers also imposed a condition on protest activity near Parliament Square to prevent serious disruption, the Metropolitan Police said.',
      'Vehicles were still able to drive there but the pro-Palestine protesters were ordered to move from Bridge Street to Richmond Terrace.',
    ],
  },
} satisfies Record<string, RealReport>;

export type ReportName = keyof typeof REPORTS;

/** A report's paragraphs as the import takes them. */
export const paragraphsOf = (name: ReportName): { text: string }[] =>
  REPORTS[name].paragraphs.map((text) => ({ text }));
