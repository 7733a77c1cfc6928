<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>rd::Cli</name>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 is verplicht.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--%1: &quot;%2&quot; is geen datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 moet een geheel getal van %2 tot en met %3 zijn.</translation>
    </message>
    <message>
        <source>--%1: unknown value &quot;%2&quot;; use one of %3.</source>
        <translation>--%1: onbekende waarde &quot;%2&quot;; gebruik een van %3.</translation>
    </message>
    <message>
        <source>No team member has the id or name &quot;%1&quot;.</source>
        <translation>Geen teamlid heeft de id of naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Het databasebestand.</translation>
    </message>
    <message>
        <source>Interface language: en or nl.</source>
        <translation>Taal van de interface: en of nl.</translation>
    </message>
    <message>
        <source>Open the database without changing it.</source>
        <translation>Open de database zonder iets te wijzigen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Toon deze hulp.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Toon de versie.</translation>
    </message>
    <message>
        <source>Usage: rodedraad [--db PATH] [--lang en|nl] [COMMAND [OPTIONS]]

Without a command, Rode Draad opens the desktop app.

Commands:
</source>
        <translation>Gebruik: rodedraad [--db PAD] [--lang en|nl] [OPDRACHT [OPTIES]]

Zonder opdracht opent Rode Draad de desktop-app.

Opdrachten:
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 the command found a problem, 2 wrong usage.
</source>
        <translation>
Afsluitcodes: 0 gelukt, 1 de opdracht vond een probleem, 2 verkeerd gebruik.
</translation>
    </message>
    <message>
        <source>--lang must be en or nl.</source>
        <translation>--lang moet en of nl zijn.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see rodedraad --help.</source>
        <translation>Onbekende opdracht &quot;%1&quot;; zie rodedraad --help.</translation>
    </message>
    <message>
        <source>%1 already holds data; use --force to replace it with the demo team.</source>
        <translation>%1 bevat al gegevens; gebruik --force om ze te vervangen door het voorbeeldteam.</translation>
    </message>
    <message>
        <source>Created a sample team of %1 people with %2 entries in %3.</source>
        <translation>Voorbeeldteam van %1 mensen met %2 registraties aangemaakt in %3.</translation>
    </message>
    <message>
        <source>export needs exactly one of --json FILE, --csv DIR or --markdown DIR.</source>
        <translation>export heeft precies een van --json BESTAND, --csv MAP of --markdown MAP nodig.</translation>
    </message>
    <message>
        <source>import needs exactly one FILE.</source>
        <translation>import heeft precies één BESTAND nodig.</translation>
    </message>
    <message>
        <source>Backed up the current data to %1.</source>
        <translation>Back-up van de huidige gegevens gemaakt in %1.</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 matching records.</source>
        <translation>%1 nieuwe en %2 overeenkomende records geïmporteerd.</translation>
    </message>
    <message>
        <source>%1 is sound.</source>
        <translation>%1 is in orde.</translation>
    </message>
    <message>
        <source>How many team members (default 7).</source>
        <translation>Hoeveel teamleden (standaard 7).</translation>
    </message>
    <message>
        <source>How many months of logs (default 18).</source>
        <translation>Hoeveel maanden aan logboek (standaard 18).</translation>
    </message>
    <message>
        <source>The last day of the data (default today).</source>
        <translation>De laatste dag van de gegevens (standaard vandaag).</translation>
    </message>
    <message>
        <source>The random seed (default 7).</source>
        <translation>Het startgetal voor het toeval (standaard 7).</translation>
    </message>
    <message>
        <source>Add team members until at least N entries exist.</source>
        <translation>Voeg teamleden toe tot er minstens N registraties zijn.</translation>
    </message>
    <message>
        <source>Replace a database that already holds data.</source>
        <translation>Vervang een database die al gegevens bevat.</translation>
    </message>
    <message>
        <source>Write the exchange format to FILE.</source>
        <translation>Schrijf het uitwisselformaat naar BESTAND.</translation>
    </message>
    <message>
        <source>Write one CSV file per log into DIR.</source>
        <translation>Schrijf één CSV-bestand per logboek in MAP.</translation>
    </message>
    <message>
        <source>Write one Markdown handover per person into DIR.</source>
        <translation>Schrijf per persoon één Markdown-overdracht in MAP.</translation>
    </message>
    <message>
        <source>Replace all data (after a backup) instead of merging.</source>
        <translation>Vervang alle gegevens (na een back-up) in plaats van samen te voegen.</translation>
    </message>
    <message>
        <source>Write the copy to FILE.</source>
        <translation>Schrijf de kopie naar BESTAND.</translation>
    </message>
    <message>
        <source>person add needs exactly one NAME.</source>
        <translation>person add heeft precies één NAAM nodig.</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>elke dag</numerusform>
            <numerusform>elke %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>--date is required.</source>
        <translation>--date is verplicht.</translation>
    </message>
    <message>
        <source>--level is required.</source>
        <translation>--level is verplicht.</translation>
    </message>
    <message>
        <source>--recognised and --how go together: when and how you recognised it.</source>
        <translation>--recognised en --how horen bij elkaar: wanneer en hoe je het erkende.</translation>
    </message>
    <message>
        <source>--recognised cannot be before the initiative&apos;s date.</source>
        <translation>--recognised kan niet vóór de datum van het initiatief liggen.</translation>
    </message>
    <message>
        <source>The team member&apos;s id or exact name.</source>
        <translation>De id of exacte naam van het teamlid.</translation>
    </message>
    <message>
        <source>The date (YYYY-MM-DD).</source>
        <translation>De datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>tell, sell, consult, agree, advise, inquire or delegate.</source>
        <translation>tell, sell, consult, agree, advise, inquire of delegate.</translation>
    </message>
    <message>
        <source>Their role.</source>
        <translation>Hun rol.</translation>
    </message>
    <message>
        <source>Days between one-on-ones (default 14).</source>
        <translation>Dagen tussen één-op-ééngesprekken (standaard 14).</translation>
    </message>
    <message>
        <source>The day they joined (default today).</source>
        <translation>De dag waarop ze begonnen (standaard vandaag).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Toon JSON.</translation>
    </message>
    <message>
        <source>held, cancelled or moved (default held).</source>
        <translation>held, cancelled of moved (standaard held).</translation>
    </message>
    <message>
        <source>Your share of the talking, in percent.</source>
        <translation>Jouw aandeel in het gesprek, in procenten.</translation>
    </message>
    <message>
        <source>Their energy as they described it, 1 to 5.</source>
        <translation>Hun energie zoals zij die beschreven, 1 tot en met 5.</translation>
    </message>
    <message>
        <source>Minutes.</source>
        <translation>Minuten.</translation>
    </message>
    <message>
        <source>You shared goals, results or decisions.</source>
        <translation>Je deelde doelen, resultaten of besluiten.</translation>
    </message>
    <message>
        <source>A mistake or setback was discussed as learning.</source>
        <translation>Een fout of tegenslag is besproken als leermoment.</translation>
    </message>
    <message>
        <source>An agenda item they raised (repeatable).</source>
        <translation>Een agendapunt dat zij inbrachten (herhaalbaar).</translation>
    </message>
    <message>
        <source>An agenda item you raised (repeatable).</source>
        <translation>Een agendapunt dat jij inbracht (herhaalbaar).</translation>
    </message>
    <message>
        <source>An action item they own (repeatable).</source>
        <translation>Een actiepunt van hen (herhaalbaar).</translation>
    </message>
    <message>
        <source>An action item you own (repeatable).</source>
        <translation>Een actiepunt van jou (herhaalbaar).</translation>
    </message>
    <message>
        <source>Private notes.</source>
        <translation>Privénotities.</translation>
    </message>
    <message>
        <source>A summary you may share with them.</source>
        <translation>Een samenvatting die je met hen mag delen.</translation>
    </message>
    <message>
        <source>What is decided.</source>
        <translation>Wat er besloten wordt.</translation>
    </message>
    <message>
        <source>The decision area.</source>
        <translation>Het beslisgebied.</translation>
    </message>
    <message>
        <source>The goal: why it matters.</source>
        <translation>Het doel: waarom het ertoe doet.</translation>
    </message>
    <message>
        <source>The boundaries: budget, deadline, scope.</source>
        <translation>De kaders: budget, deadline, reikwijdte.</translation>
    </message>
    <message>
        <source>When to review it (YYYY-MM-DD).</source>
        <translation>Wanneer je het evalueert (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>How often you checked in.</source>
        <translation>Hoe vaak je tussentijds navroeg.</translation>
    </message>
    <message>
        <source>You overrode it or took it back.</source>
        <translation>Je ging eroverheen of nam het terug.</translation>
    </message>
    <message>
        <source>pending, succeeded, mixed or failed.</source>
        <translation>pending, succeeded, mixed of failed.</translation>
    </message>
    <message>
        <source>What they did.</source>
        <translation>Wat ze deden.</translation>
    </message>
    <message>
        <source>initiative or compliance (default initiative).</source>
        <translation>initiative of compliance (standaard initiative).</translation>
    </message>
    <message>
        <source>worked, partly, failed or too-early.</source>
        <translation>worked, partly, failed of too-early.</translation>
    </message>
    <message>
        <source>When you recognised it (YYYY-MM-DD).</source>
        <translation>Wanneer je het erkende (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>private, one-on-one or public.</source>
        <translation>private, one-on-one of public.</translation>
    </message>
</context>
<context>
    <name>rd::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1.</source>
        <translation>Kan het databasebestand %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Kan %1 niet openen: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Rode Draad database.</source>
        <translation>%1 is geen Rode Draad-database.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rode Draad (schema %2; this version reads up to %3). Update Rode Draad to open it.</source>
        <translation>%1 is geschreven door een nieuwere versie van Rode Draad (schema %2; deze versie leest tot en met %3). Werk Rode Draad bij om het te openen.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>De database %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rode Draad.</source>
        <translation>%1 is geschreven door een nieuwere versie van Rode Draad.</translation>
    </message>
    <message>
        <source>%1 uses an older schema and cannot be migrated while read-only.</source>
        <translation>%1 gebruikt een ouder schema en kan alleen-lezen niet worden bijgewerkt.</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging.</source>
        <translation>Kan %1 niet omzetten naar write-ahead logging.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file.</source>
        <translation>%1 bestaat al; kies een ander bestand.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>Integrity check: %1.</source>
        <translation>Integriteitscontrole: %1.</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a missing %3.</source>
        <translation>Rij %1 van %2 verwijst naar een ontbrekende %3.</translation>
    </message>
    <message>
        <source>The schema version is %1, expected %2.</source>
        <translation>De schemaversie is %1, verwacht %2.</translation>
    </message>
    <message>
        <source>This database is open read-only; nothing was changed.</source>
        <translation>Deze database is alleen-lezen geopend; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The %1 no longer exists.</source>
        <translation>Dit bestaat niet meer: %1.</translation>
    </message>
    <message>
        <source>More than one team member is called &quot;%1&quot;; use their id instead.</source>
        <translation>Meer dan één teamlid heet &quot;%1&quot;; gebruik hun id.</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>teamlid</translation>
    </message>
    <message>
        <source>one-on-one</source>
        <translation>één-op-ééngesprek</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>besluit</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>initiatief</translation>
    </message>
    <message>
        <source>board agreement</source>
        <translation>afspraak op het delegatiebord</translation>
    </message>
    <message>
        <source>The database refused the change: %1.</source>
        <translation>De database weigerde de wijziging: %1.</translation>
    </message>
</context>
<context>
    <name>rd::Enum</name>
    <message>
        <source>I tell them</source>
        <translation>Ik vertel het ze</translation>
    </message>
    <message>
        <source>I try to sell it to them</source>
        <translation>Ik probeer ze te overtuigen</translation>
    </message>
    <message>
        <source>I consult, then decide</source>
        <translation>Ik raadpleeg ze en besluit dan</translation>
    </message>
    <message>
        <source>We agree together</source>
        <translation>We besluiten samen</translation>
    </message>
    <message>
        <source>I advise, but they decide</source>
        <translation>Ik adviseer, zij besluiten</translation>
    </message>
    <message>
        <source>I inquire after they decide</source>
        <translation>Ik vraag ernaar nadat zij besloten</translation>
    </message>
    <message>
        <source>I fully delegate</source>
        <translation>Ik laat het volledig aan hen over</translation>
    </message>
    <message>
        <source>Tell</source>
        <translation>Vertellen</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Overtuigen</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Raadplegen</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Samen besluiten</translation>
    </message>
    <message>
        <source>Advise</source>
        <translation>Adviseren</translation>
    </message>
    <message>
        <source>Inquire</source>
        <translation>Navragen</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegeren</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehouden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Afgezegd</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verplaatst</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teamlid</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Loopt nog</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Wisselend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Naleving</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Werkte</translation>
    </message>
    <message>
        <source>Partly worked</source>
        <translation>Werkte deels</translation>
    </message>
    <message>
        <source>Did not work</source>
        <translation>Werkte niet</translation>
    </message>
    <message>
        <source>Too early to tell</source>
        <translation>Nog te vroeg om te zeggen</translation>
    </message>
    <message>
        <source>Privately</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <source>In the one-on-one</source>
        <translation>In het één-op-ééngesprek</translation>
    </message>
    <message>
        <source>In public</source>
        <translation>In het openbaar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Genegeerd</translation>
    </message>
</context>
<context>
    <name>rd::Export</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Kan %1 niet schrijven: %2.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rol: %1</translation>
    </message>
    <message>
        <source>Joined: %1</source>
        <translation>Begonnen: %1</translation>
    </message>
    <message numerus="yes">
        <source>One-on-one cadence: every %n day(s)</source>
        <translation>
            <numerusform>Ritme van één-op-ééngesprekken: elke dag</numerusform>
            <numerusform>Ritme van één-op-ééngesprekken: elke %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived: no longer in the team</source>
        <translation>Gearchiveerd: niet meer in het team</translation>
    </message>
    <message>
        <source>Delegation board</source>
        <translation>Delegatiebord</translation>
    </message>
    <message>
        <source>No agreements on the delegation board yet.</source>
        <translation>Nog geen afspraken op het delegatiebord.</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Afgesproken op</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>One-on-ones</source>
        <translation>Eén-op-ééngesprekken</translation>
    </message>
    <message>
        <source>raised by %1</source>
        <translation>ingebracht door %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>gedaan %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>No one-on-ones logged.</source>
        <translation>Geen één-op-ééngesprekken vastgelegd.</translation>
    </message>
    <message>
        <source>Delegated decisions</source>
        <translation>Gedelegeerde besluiten</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Gebied: %1</translation>
    </message>
    <message>
        <source>Level: %1 (%2)</source>
        <translation>Niveau: %1 (%2)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Waarom: %1</translation>
    </message>
    <message>
        <source>Boundaries: %1</source>
        <translation>Kaders: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Uitkomst: %1</translation>
    </message>
    <message>
        <source>You overrode this decision or took it back.</source>
        <translation>Je ging over dit besluit heen of nam het terug.</translation>
    </message>
    <message>
        <source>Learning: %1</source>
        <translation>Geleerd: %1</translation>
    </message>
    <message>
        <source>No delegated decisions logged.</source>
        <translation>Geen gedelegeerde besluiten vastgelegd.</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
    <message>
        <source>recognised %1 %2</source>
        <translation>erkend %1 %2</translation>
    </message>
    <message>
        <source>not recognised yet</source>
        <translation>nog niet erkend</translation>
    </message>
    <message>
        <source>No initiatives logged.</source>
        <translation>Geen initiatieven vastgelegd.</translation>
    </message>
</context>
<context>
    <name>rd::Import</name>
    <message>
        <source>missing required field</source>
        <translation>verplicht veld ontbreekt</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>tekst verwacht</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true of false verwacht</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>getal verwacht</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>geheel getal van %1 tot en met %2 verwacht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; is geen datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>onbekende %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>lijst verwacht</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>object verwacht</translation>
    </message>
    <message>
        <source>unknown person &quot;%1&quot;</source>
        <translation>onbekende persoon &quot;%1&quot;</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>the file is larger than 512 MB</source>
        <translation>het bestand is groter dan 512 MB</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation>geen geldige JSON bij byte %1 (%2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-object verwacht</translation>
    </message>
    <message>
        <source>expected &quot;rodedraad&quot;</source>
        <translation>&quot;rodedraad&quot; verwacht</translation>
    </message>
    <message>
        <source>unsupported version %1; this Rode Draad reads version %2</source>
        <translation>versie %1 wordt niet ondersteund; deze Rode Draad leest versie %2</translation>
    </message>
    <message>
        <source>duplicate person id &quot;%1&quot;</source>
        <translation>dubbele persoons-id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>party</source>
        <translation>inbrenger</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>uitkomst</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>recognition</source>
        <translation>erkenning</translation>
    </message>
    <message>
        <source>state</source>
        <translation>toestand</translation>
    </message>
    <message>
        <source>This database is open read-only; nothing was imported.</source>
        <translation>Deze database is alleen-lezen geopend; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kan niet gelezen worden (%1)</translation>
    </message>
</context>
<context>
    <name>rd::Validation</name>
    <message>
        <source>A team member needs a name.</source>
        <translation>Een teamlid heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The one-on-one cadence must be at least one day.</source>
        <translation>Het ritme van één-op-ééngesprekken moet minstens één dag zijn.</translation>
    </message>
    <message>
        <source>A one-on-one needs a team member.</source>
        <translation>Een één-op-ééngesprek heeft een teamlid nodig.</translation>
    </message>
    <message>
        <source>A one-on-one needs a valid date.</source>
        <translation>Een één-op-ééngesprek heeft een geldige datum nodig.</translation>
    </message>
    <message>
        <source>Your talk share must be between 0 and 100 percent.</source>
        <translation>Jouw spreekaandeel moet tussen 0 en 100 procent liggen.</translation>
    </message>
    <message>
        <source>Energy must be between 1 and 5.</source>
        <translation>Energie moet tussen 1 en 5 liggen.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>De duur kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>An agenda item needs text.</source>
        <translation>Een agendapunt heeft tekst nodig.</translation>
    </message>
    <message>
        <source>An action item needs text.</source>
        <translation>Een actiepunt heeft tekst nodig.</translation>
    </message>
    <message>
        <source>A decision needs a team member.</source>
        <translation>Een besluit heeft een teamlid nodig.</translation>
    </message>
    <message>
        <source>A decision needs a valid date.</source>
        <translation>Een besluit heeft een geldige datum nodig.</translation>
    </message>
    <message>
        <source>A decision needs a title.</source>
        <translation>Een besluit heeft een titel nodig.</translation>
    </message>
    <message>
        <source>The number of check-ins cannot be negative.</source>
        <translation>Het aantal keer navragen kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>An initiative needs a team member.</source>
        <translation>Een initiatief heeft een teamlid nodig.</translation>
    </message>
    <message>
        <source>An initiative needs a valid date.</source>
        <translation>Een initiatief heeft een geldige datum nodig.</translation>
    </message>
    <message>
        <source>An initiative needs a description of what was done.</source>
        <translation>Een initiatief heeft een beschrijving nodig van wat er gedaan is.</translation>
    </message>
    <message>
        <source>A delegation-board cell needs a team member.</source>
        <translation>Een vak op het delegatiebord heeft een teamlid nodig.</translation>
    </message>
    <message>
        <source>A delegation-board cell needs a decision area.</source>
        <translation>Een vak op het delegatiebord heeft een beslisgebied nodig.</translation>
    </message>
    <message>
        <source>A delegation-board cell needs a valid date.</source>
        <translation>Een vak op het delegatiebord heeft een geldige datum nodig.</translation>
    </message>
</context>
<context>
    <name>rd::ui::MainWindow</name>
    <message>
        <source>Rode Draad (read-only)</source>
        <translation>Rode Draad (alleen-lezen)</translation>
    </message>
    <message>
        <source>Rode Draad</source>
        <translation>Rode Draad</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Overview of the selected team member</source>
        <translation>Overzicht van het gekozen teamlid</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Add team member…</source>
        <translation>Teamlid &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit team member…</source>
        <translation>Teamlid &amp;bewerken…</translation>
    </message>
    <message>
        <source>A&amp;rchive team member</source>
        <translation>Teamlid a&amp;rchiveren</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Rode Draad&lt;/h2&gt;&lt;p&gt;Add the people you manage to start logging one-on-ones, delegated decisions and initiatives.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welkom bij Rode Draad&lt;/h2&gt;&lt;p&gt;Voeg de mensen toe die je leidinggeeft om één-op-ééngesprekken, gedelegeerde besluiten en initiatieven vast te leggen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a team member to see their overview.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kies een teamlid om het overzicht te zien.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>One-on-one every %n day(s)</source>
        <translation>
            <numerusform>Elke dag een één-op-ééngesprek</numerusform>
            <numerusform>Elke %n dagen een één-op-ééngesprek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n one-on-one(s) held</source>
        <translation>
            <numerusform>%n één-op-ééngesprek gehouden</numerusform>
            <numerusform>%n één-op-ééngesprekken gehouden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action item(s)</source>
        <translation>
            <numerusform>%n open actiepunt</numerusform>
            <numerusform>%n open actiepunten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::PersonDialog</name>
    <message>
        <source>Team member</source>
        <translation>Teamlid</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>One-on-one cadence in days</source>
        <translation>Ritme van één-op-ééngesprekken in dagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Begonnen op</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>One-on-one &amp;every</source>
        <translation>Eén-op-ééngesprek &amp;elke</translation>
    </message>
    <message>
        <source>&amp;Joined on</source>
        <translation>&amp;Begonnen op</translation>
    </message>
    <message>
        <source>Enter the team member&apos;s name.</source>
        <translation>Vul de naam van het teamlid in.</translation>
    </message>
</context>
<context>
    <name>rd::ui::TeamModel</name>
    <message numerus="yes">
        <source>last 1:1 %n day(s) ago</source>
        <translation>
            <numerusform>laatste 1-op-1 %n dag geleden</numerusform>
            <numerusform>laatste 1-op-1 %n dagen geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>no 1:1 yet</source>
        <translation>nog geen 1-op-1</translation>
    </message>
</context>
</TS>
