"""The demo journal in English: partners in London, New York, Singapore, Sydney, Dublin."""

from __future__ import annotations

from partnerbook.services.demo_corpus import (
    City,
    Locale,
    benefits,
    kpis,
    lines,
    names,
    patterns,
    sections,
)

EN = Locale(
    code="en",
    languages=("en",),
    weight=22,
    weekend=(5, 6),
    family_first=False,
    spaced=True,
    family=names(
        "Smith Johnson Brown Taylor Wilson Clarke Walker Patel Khan Tan Lim Murphy O'Brien "
        "Hughes Evans Wright Bennett Ng Campbell Foster"
    ),
    female=names("Emma Olivia Sarah Hannah Grace Chloe Rachel Laura Priya Aisha Megan Zoe"),
    male=names("James Daniel Michael Tom Oliver Ben Sam David Ethan Raj Marcus Connor"),
    pronouns=("he", "she", "his", "her"),
    address=("{given}", "{given}"),
    cities=(
        City(
            "London",
            "London",
            "United Kingdom",
            0,
            "+44 7ddd dddddd",
            "GBP",
            ("a café near King's Cross", "the pub by the canal"),
        ),
        City(
            "New York",
            "New York",
            "United States",
            -5,
            "+1 212 555 dddd",
            "USD",
            ("a coffee cart in Bryant Park", "a diner on Lexington"),
        ),
        City("San Francisco", "San Francisco", "United States", -8, "+1 415 555 dddd", "USD"),
        City(
            "Singapore",
            "Singapore",
            "Singapore",
            8,
            "+65 9ddd dddd",
            "SGD",
            ("a kopitiam near Tanjong Pagar",),
        ),
        City("Sydney", "Sydney", "Australia", 10, "+61 4dd ddd ddd", "AUD"),
        City("Dublin", "Dublin", "Ireland", 0, "+353 8d ddd dddd", "EUR"),
    ),
    mail_domain="mail.example",
    cores=names(
        "Harbourline Kestrelwick Brightwater Foxmere Tidewell Larkmoor Oakhollow Silverfern "
        "Quillon Brackenfield Sablewood Corvane Fennick Ashgrove"
    ),
    patterns=patterns(
        """
        {core} Pay | pay | e-wallet
            Mobile wallet with 2M users; wants merchants outside the capital.
        {core} Bank | bank | bank
            Retail bank, strong with SMEs; slow procurement, great reach.
        {core} Exchange | exchange | exchange
            Digital asset exchange; compliance team reviews every co-marketing piece.
        {core} Labs | labs | agency
            Growth agency for fintech brands; runs our partners' campaigns.
        {core} Events | events | event organiser
            Runs three industry conferences a year and a monthly meetup.
        {core} Media | media | media
            Trade newsletter and podcast read by 40k finance people.
        {core} Supply Co. | supply | supplier
            Prints and ships our welcome kits; reliable, a bit pricey.
        {core} University | edu | university
            Business school with an entrepreneurship programme and alumni network.
        {core} Studio | studio | designer
            Small interior studio; meets our future customers before we do.
        """
    ),
    clients=lines(
        """
        {core} Dental Group
        {core} Logistics
        {core} Home Renovations
        the {core} café chain
        {core} Legal LLP
        {core} Fitness
        """
    ),
    places=lines(
        """
        a café near their office
        their office
        our office
        the hotel lobby
        The Copper Cup
        Lantern & Bean
        a lunch place near the station
        """
    ),
    roles=lines(
        """
        Head of Partnerships
        Business Development Manager
        VP Marketing
        Partner Manager
        Founder & CEO
        Account Director
        Head of Growth
        """
    ),
    solo_roles=lines(
        """
        Independent consultant
        Angel investor
        Freelance designer
        Event planner
        """
    ),
    departments=("Partnerships", "Marketing", "Sales", "Product"),
    how_met=lines(
        """
        Met at a fintech conference in London
        Sat next to each other at a partner summit dinner
        Met at a founders' breakfast
        Spoke on the same panel at a payments meetup
        Met at a customer's launch party
        """
    ),
    introduced="Introduced by {other}",
    motivations=sections(
        """
        [kpi]
        Has to sign 50 new merchants this quarter
        Bonus depends on partner-sourced revenue
        [boss_recognition]
        Wants the new VP to notice the programme
        Needs a win to show the board in March
        [peer_standing]
        Cares about being seen as the innovator on the team
        Wants to speak at the industry conference
        [career]
        Aiming for director next year
        Building a track record to move into product
        [learning]
        Loves trying new tools
        Curious how we do onboarding in Asia
        [comfort]
        Wants it to be low effort: no new systems
        Hates long contracts
        [relationship]
        Enjoys our coffees more than the meetings
        Likes working with people they trust
        [other]
        Passionate about mentoring women in fintech
        Wants a good story for the company blog
        """
    ),
    details=sections(
        """
        [family]
        Two kids, the youngest just started school
        Partner is a nurse
        Expecting a baby in the spring
        [hobby]
        Runs half marathons
        Plays in a jazz band
        Sails on weekends
        [ask_next]
        Ask about the trip to Lisbon
        Ask how the house move went
        Ask about the daughter's exams
        [food]
        Flat white, oat milk
        Allergic to nuts
        Vegetarian
        [other]
        Season ticket for the local football club: no meetings on match days
        """
    ),
    scopes=lines(
        """
        Cross-referrals of SME customers; two joint webinars a year.
        Co-branded onboarding offer for their customers, with our team handling support.
        They resell our product to their clients; we train their account managers.
        Joint content: quarterly report and one conference panel.
        """
    ),
    responsibilities=lines(
        """
        They share qualified leads weekly; we reply within 48 hours and report outcomes.
        We write the campaign and the recap; they send it to their list.
        They bring the venue and speakers; we bring the audience and the sponsor.
        """
    ),
    terms=lines(
        """
        12 months, renews automatically; 60 days' notice.
        Pilot for 6 months, then review against the agreed KPIs.
        Non-exclusive; either side can end it with 30 days' notice.
        """
    ),
    revenue=sections(
        """
        [fixed_fee]
        {fee} {cur} per referred customer who signs, paid monthly
        [percentage]
        {pct}% of the first year's revenue from referred customers
        [none]
        No money changes hands: referrals both ways
        """
    ),
    fit_notes=sections(
        """
        [complementary_strengths]
        They have the distribution, we have the product: a clean fit.
        Overlap with our own offer in two segments.
        [audience_fit]
        Their customers are exactly our SME segment.
        Audience skews to large enterprises; only part of it fits.
        [trust]
        Kept every promise so far, shared numbers openly.
        Two missed deadlines last quarter; watch it.
        [size_proportion]
        Similar size; decisions happen at the same speed.
        Much bigger than us: we do the legwork.
        [willingness]
        The CEO sponsors the partnership personally.
        Interested, but no budget owner yet.
        """
    ),
    benefits=benefits(
        """
        [for_them short]
        {q} qualified leads in the first quarter | leads | 20 30 50
        {q}% more sign-ups from the joint offer | % | 10 15 20
        A case study for their sales deck
        {q} co-branded webinar seats filled | seats | 100 150 200
        [for_them long]
        {q} new customers a year through our channel | customers | 150 200 300
        Cut their onboarding time by {q}% | % | 20 30
        A second revenue line without new hires
        Access to {q} of our enterprise accounts | accounts | 10 15 25
        [for_us short]
        {q} warm introductions to their SME clients | introductions | 10 20
        A speaking slot at their conference
        [for_us long]
        {q}% of new revenue from partner referrals | % | 15 20 25
        Entry into their market with a trusted name
        """
    ),
    openers=sections(
        """
        [coffee]
        Coffee with {short} at {place}
        Coffee with {short}
        [meeting]
        Meeting with {org}
        Meeting with {short} and team
        [call]
        Call with {short}
        Quick call with {short}
        [video]
        Video call with {short}
        [message]
        Messages with {short}
        [email]
        Email from {short}
        Email thread with {short}
        [event]
        Saw {short} at the partner summit
        Ran into {short} at a meetup
        [note]
        Note on {short}
        """
    ),
    topics=lines(
        """
        joint webinar in Q1
        referral numbers
        pilot results
        the renewal
        their new VP
        co-marketing budget
        onboarding delays
        the conference panel
        expansion to Singapore
        pricing for their clients
        """
    ),
    said=lines(
        """
        Referrals were slow in the summer; {he} expects a pick-up after the holidays.
        Their new VP wants numbers before committing more budget.
        The pilot went well: 14 customers onboarded, two complaints about KYC.
        {He} is rebuilding the partner team and hiring two people.
        They are reviewing all vendors in January.
        {He} liked the recap format and forwarded it to {his} boss.
        Their customers keep asking for invoicing in local currency.
        The joint webinar got 180 sign-ups, 60 attended live.
        Budget is frozen until the new fiscal year.
        They might open an office in Singapore next year.
        """
    ),
    wants=lines(
        """
        {He} wants a one-page summary {he} can show {his} VP.
        They want a fixed fee per referral instead of a percentage.
        {He} needs two customer stories for {his} sales team.
        They want us to handle the event logistics.
        {He} wants an intro to someone in our Asia team.
        They want the co-branded landing page live before the launch.
        {He} would like to speak at our customer day.
        They need training for the account managers.
        """
    ),
    next_steps=lines(
        """
        send the recap and the pilot numbers by Friday
        draft the one-pager and share it Monday
        book a call with their legal team
        intro {short} to our Head of Asia
        prepare two case studies
        schedule the training for their account managers
        propose dates for the webinar
        check the fee numbers with finance
        """
    ),
    labels={"colon": ": ", "next": "Next", "wants": "What they want", "personal": "Personal"},
    follow_ups=lines(
        """
        Send {short} the proposal
        Check in with {short} about the pilot
        Share the deck before the meeting
        Ask {short} for the referral numbers
        Send {short} the webinar dates
        Follow up on the contract draft with {short}
        Congratulate {short} on the launch
        Send the case studies to {short}
        """
    ),
    promises_me=lines(
        """
        Send the recap within 24 hours
        Introduce {short} to our designer
        Share the pilot numbers with {short}
        Write the co-branded landing page copy
        Print the brochures for their event
        Get {short} a speaking slot at our customer day
        """
    ),
    promises_them=lines(
        """
        {short} sends the lead list
        {short} confirms the budget
        {short} sets up the meeting with their VP
        {short} shares last quarter's referral numbers
        {short} sends the contract draft
        {short} books the venue for the workshop
        """
    ),
    recurring=sections(
        """
        [FREQ=WEEKLY]
        Weekly update with {org}
        [FREQ=WEEKLY;INTERVAL=2]
        Fortnightly check-in with {short}
        [FREQ=MONTHLY]
        Monthly strategy meeting with {org}
        [FREQ=MONTHLY;INTERVAL=3]
        Quarterly business review with {org}
        """
    ),
    ledger=sections(
        """
        [favour given]
        Reviewed {short}'s pitch deck before {his} board meeting
        Lent {short} our booth at the trade fair
        [favour received]
        {short} got us a meeting with their procurement team
        {short} shared their vendor checklist with us
        [introduction given]
        Introduced {short} to {other}
        Connected {short} with {other} about hiring
        [introduction received]
        {short} introduced us to {other}
        [referral given]
        Referred {referred} to {org}
        Sent {referred} to {org} for a quote
        [referral received]
        {org} referred {referred} to us
        New customer from {org}: {referred}
        [resource given]
        Sent {short} our market report on SME payments
        Gave {short} our onboarding playbook
        [resource received]
        {short} sent us their customer survey results
        [payment given]
        Paid {org} the referral fees for last quarter
        [payment received]
        {org} paid the co-marketing share for the webinar
        """
    ),
    kpis=kpis(
        """
        Referred customers | customers | 12
        Qualified leads | leads | 40
        Partner-sourced revenue | k USD | 25
        Conversion rate | % | 0
        Joint events | events | 1
        Customer satisfaction | NPS | 0
        """
    ),
    review_titles={
        "monthly": "Monthly review {period}: {headline}",
        "quarterly": "Quarterly review {period}: {headline}",
        "yearly": "Yearly review {period}: {headline}",
    },
    period_names={"monthly": "{month} {y}", "quarterly": "Q{q} {y}", "yearly": "{y}"},
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    headlines=sections(
        """
        [good]
        ahead of target
        referrals up, strong quarter
        [mixed]
        close to target, conversion lagging
        steady, onboarding still slow
        [weak]
        behind target
        few referrals, needs a reset
        """
    ),
    review_lines=sections(
        """
        [good]
        Most goals met; referrals came steadily and converted well.
        The joint webinar brought the best leads of the period.
        [mixed]
        Leads arrived but conversion stayed below plan; onboarding takes too long.
        Good activity, fewer signed customers than hoped.
        [weak]
        Their team was busy with a reorganisation; few referrals came through.
        Our offer was not visible enough to their sales team.
        """
    ),
    review_next=lines(
        """
        Train their account managers again and share a new one-pager.
        Agree a fixed fee per referral from next quarter.
        Plan a joint webinar and raise the lead target by 20%.
        Weekly 15-minute pipeline call until conversion recovers.
        Celebrate the milestone with their team and send a thank-you note.
        """
    ),
    stage_notes=sections(
        """
        [exploring]
        First workshop held; both sides want to test a small pilot.
        [active]
        Agreement signed after the pilot met its targets.
        [dormant]
        Our champion left; nobody on their side owns the partnership now.
        [ended]
        They merged with a competitor of ours; ended on good terms.
        """
    ),
)
