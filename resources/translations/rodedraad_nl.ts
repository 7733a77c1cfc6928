<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>QObject</name>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>rd::Anonymous</name>
    <message>
        <source>Team member %1</source>
        <translation>Teamlid %1</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>Beslisgebied %1</translation>
    </message>
    <message>
        <source>(left out)</source>
        <translation>(weggelaten)</translation>
    </message>
</context>
<context>
    <name>rd::Autostart</name>
    <message>
        <source>%1 is a folder, not a start entry.</source>
        <translation>%1 is een map, geen startbestand.</translation>
    </message>
    <message>
        <source>Could not remove %1: %2.</source>
        <translation>%1 kon niet worden verwijderd: %2.</translation>
    </message>
    <message>
        <source>The program&apos;s path holds a line break; a start entry cannot name it: %1</source>
        <translation>Het pad van het programma bevat een regeleinde; een startbestand kan het niet noemen: %1</translation>
    </message>
</context>
<context>
    <name>rd::Calendar</name>
    <message>
        <source>The calendar file holds more than %1 meetings in the months read; choose a calendar of your one-on-ones.</source>
        <translation>Het agendabestand bevat in de gelezen maanden meer dan %1 afspraken; kies een agenda met alleen je gesprekken.</translation>
    </message>
    <message>
        <source>Line %1 of the calendar file cannot be read: %2</source>
        <translation>Regel %1 van het agendabestand is niet te lezen: %2</translation>
    </message>
    <message>
        <source>The calendar file cannot be read: %1</source>
        <translation>Het agendabestand is niet te lezen: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 is niet te lezen: %2.</translation>
    </message>
    <message>
        <source>The calendar file is larger than 32 MiB; export only your one-on-ones.</source>
        <translation>Het agendabestand is groter dan 32 MiB; exporteer alleen je gesprekken.</translation>
    </message>
    <message>
        <source>This is not a calendar file: it holds binary data.</source>
        <translation>Dit is geen agendabestand: het bevat binaire gegevens.</translation>
    </message>
    <message>
        <source>This is not a calendar file: it does not begin with BEGIN:VCALENDAR.</source>
        <translation>Dit is geen agendabestand: het begint niet met BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>This is not one calendar (iCalendar) file.</source>
        <translation>Dit is niet één agendabestand (iCalendar).</translation>
    </message>
</context>
<context>
    <name>rd::Cli</name>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 is verplicht.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--%1: ‘%2’ is geen datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 moet een geheel getal van %2 tot en met %3 zijn.</translation>
    </message>
    <message>
        <source>--%1: unknown value &quot;%2&quot;; use one of %3.</source>
        <translation>--%1: onbekende waarde ‘%2’; gebruik een van %3.</translation>
    </message>
    <message>
        <source>No team member has the id or name &quot;%1&quot;.</source>
        <translation>Er is geen teamlid met de id of naam ‘%1’.</translation>
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
        <translation>Onbekende opdracht ‘%1’; zie rodedraad --help.</translation>
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
        <translation>export heeft precies één van --json BESTAND, --csv MAP of --markdown MAP nodig.</translation>
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
        <translation>%1 nieuwe en %2 overeenkomende registraties geïmporteerd.</translation>
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
        <translation>Hoeveel maanden aan vastleggingen (standaard 18).</translation>
    </message>
    <message>
        <source>The last day of the data (default today).</source>
        <translation>De laatste dag van de gegevens (standaard vandaag).</translation>
    </message>
    <message>
        <source>The random seed (default 7).</source>
        <translation>De startwaarde voor het toeval (standaard 7).</translation>
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
        <translation>Schrijf één CSV-bestand per soort vastlegging naar MAP.</translation>
    </message>
    <message>
        <source>Write one Markdown handover per person into DIR.</source>
        <translation>Schrijf per persoon één Markdown-overdracht naar MAP.</translation>
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
        <translation>De rol van het teamlid.</translation>
    </message>
    <message>
        <source>Days between one-on-ones (default 14).</source>
        <translation>Dagen tussen 1-op-1-gesprekken (standaard 14).</translation>
    </message>
    <message>
        <source>The day they joined (default today).</source>
        <translation>De dag waarop het teamlid begon (standaard vandaag).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Geef de uitvoer als JSON.</translation>
    </message>
    <message>
        <source>held, cancelled or moved (default held).</source>
        <translation>held, cancelled of moved (standaard held).</translation>
    </message>
    <message>
        <source>Your share of the talking, in percent.</source>
        <translation>Je spreektijd, in procenten.</translation>
    </message>
    <message>
        <source>Their energy as they described it, 1 to 5.</source>
        <translation>De energie zoals het teamlid die zelf beschreef, 1 tot en met 5.</translation>
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
        <translation>Een fout of tegenslag is als leermoment besproken.</translation>
    </message>
    <message>
        <source>An agenda item they raised (repeatable).</source>
        <translation>Een agendapunt dat het teamlid inbracht (herhaalbaar).</translation>
    </message>
    <message>
        <source>An agenda item you raised (repeatable).</source>
        <translation>Een agendapunt dat je zelf inbracht (herhaalbaar).</translation>
    </message>
    <message>
        <source>An action item they own (repeatable).</source>
        <translation>Een actiepunt van het teamlid (herhaalbaar).</translation>
    </message>
    <message>
        <source>An action item you own (repeatable).</source>
        <translation>Een eigen actiepunt (herhaalbaar).</translation>
    </message>
    <message>
        <source>Private notes.</source>
        <translation>Privénotities.</translation>
    </message>
    <message>
        <source>A summary you may share with them.</source>
        <translation>Een deelbare samenvatting: die mag je met het teamlid delen.</translation>
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
        <translation>Hoeveel tussentijdse checks je deed.</translation>
    </message>
    <message>
        <source>You overrode it or took it back.</source>
        <translation>Je hebt het besluit teruggedraaid of weer overgenomen.</translation>
    </message>
    <message>
        <source>pending, succeeded, mixed or failed.</source>
        <translation>pending, succeeded, mixed of failed.</translation>
    </message>
    <message>
        <source>What they did.</source>
        <translation>Wat het teamlid deed.</translation>
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
    <message>
        <source>No prompts as of %1.</source>
        <translation>Geen signalen per %1.</translation>
    </message>
    <message>
        <source>Ask: %1</source>
        <translation>Vraag: %1</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Stap: %1</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to mag niet vóór --from liggen.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Only count entries up to this date (default today).</source>
        <translation>Tel alleen registraties tot en met deze datum (standaard vandaag).</translation>
    </message>
    <message>
        <source>The first month (default: the first logged).</source>
        <translation>De eerste maand (standaard: de eerste met registraties).</translation>
    </message>
    <message>
        <source>The last month (default: the as-of date).</source>
        <translation>De laatste maand (standaard: de peildatum).</translation>
    </message>
    <message>
        <source>Write the sheet to FILE instead of printing it.</source>
        <translation>Schrijf de voorbereiding naar BESTAND in plaats van die te tonen.</translation>
    </message>
    <message>
        <source>Name exactly one prompt KEY (rule|person|period).</source>
        <translation>Geef precies één SLEUTEL van een signaal (regel|persoon|periode).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a prompt key (rule|person|period).</source>
        <translation>‘%1’ is geen sleutel van een signaal (regel|persoon|periode).</translation>
    </message>
    <message>
        <source>--until is required.</source>
        <translation>--until is verplicht.</translation>
    </message>
    <message>
        <source>Your reflection: what you did and learned.</source>
        <translation>Je reflectie: wat je deed en leerde.</translation>
    </message>
    <message>
        <source>The date (default today).</source>
        <translation>De datum (standaard vandaag).</translation>
    </message>
    <message>
        <source>Quiet until this date.</source>
        <translation>Uitgesteld tot deze datum.</translation>
    </message>
    <message>
        <source>A note for yourself.</source>
        <translation>Een notitie voor jezelf.</translation>
    </message>
    <message>
        <source>restore needs exactly one FILE.</source>
        <translation>restore heeft precies één BESTAND nodig.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 teruggezet.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from mag niet na --to liggen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %n-page report to %1.</source>
        <translation>
            <numerusform>Rapport van %n pagina geschreven naar %1.</numerusform>
            <numerusform>Rapport van %n pagina’s geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Het PDF-bestand dat je wilt maken.</translation>
    </message>
    <message>
        <source>The first month (default: 12 months back).</source>
        <translation>De eerste maand (standaard: 12 maanden terug).</translation>
    </message>
    <message>
        <source>The last day (default today).</source>
        <translation>De laatste dag (standaard vandaag).</translation>
    </message>
    <message>
        <source>Replace names with letters and leave out free text.</source>
        <translation>Vervang namen door letters en laat vrije tekst weg.</translation>
    </message>
    <message>
        <source>See rodedraad --help.</source>
        <translation>Zie rodedraad --help.</translation>
    </message>
    <message>
        <source>%1 is open in Rode Draad (process %2); close it there first. Nothing was changed.</source>
        <translation>%1 is geopend in Rode Draad (proces %2); sluit het daar eerst. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 is this database itself; name one of its backups.</source>
        <translation>%1 is deze database zelf; noem een van de back-ups ervan.</translation>
    </message>
    <message>
        <source>%1 is a backup of another Rode Draad file, not of %2; nothing was changed. Add --other-file to replace this team with that one.</source>
        <translation>%1 is een back-up van een ander Rode Draad-bestand, niet van %2; er is niets gewijzigd. Voeg --other-file toe om dit team door dat team te vervangen.</translation>
    </message>
    <message>
        <source>Restore a backup of another file.</source>
        <translation>Zet een back-up van een ander bestand terug.</translation>
    </message>
    <message>
        <source>--from and --to may be at most 100 years apart.</source>
        <translation>--from en --to mogen hooguit 100 jaar uit elkaar liggen.</translation>
    </message>
    <message>
        <source>The newest backup may still hold them: rodedraad restore %1</source>
        <translation>De nieuwste back-up bevat ze misschien nog: rodedraad restore %1</translation>
    </message>
    <message>
        <source>%1 was damaged; it was kept unchanged at %2.</source>
        <translation>%1 was beschadigd; het is ongewijzigd bewaard als %2.</translation>
    </message>
    <message>
        <source>--%1 needs a name.</source>
        <translation>--%1 heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Next one-on-ones</source>
        <translation>Volgende gesprekken</translation>
    </message>
    <message>
        <source>No team members yet: add your first with: person add NAME</source>
        <translation>Nog geen teamleden: voeg je eerste toe met: person add NAAM</translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s)</source>
        <translation>
            <numerusform>%n open punt</numerusform>
            <numerusform>%n open punten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Focus: %1 of %n signal(s)</source>
        <translation>
            <numerusform>Focus: %1 van %n signaal</numerusform>
            <numerusform>Focus: %1 van %n signalen</numerusform>
        </translation>
    </message>
    <message>
        <source>evidence from %1</source>
        <translation>onderbouwing van %1</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Wat goed ging</translation>
    </message>
    <message numerus="yes">
        <source>None in the last %n day(s) yet.</source>
        <translation>
            <numerusform>Nog niets in de afgelopen dag.</numerusform>
            <numerusform>Nog niets in de afgelopen %n dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your week as of %1</source>
        <translation>Je week per %1</translation>
    </message>
    <message>
        <source>--time: &quot;%1&quot; is not a time of day (HH:MM).</source>
        <translation>--time: ‘%1’ is geen tijdstip (UU:MM).</translation>
    </message>
    <message>
        <source>--date: %1 is in the past; a plan is for today or later.</source>
        <translation>--date: %1 ligt in het verleden; je plant voor vandaag of later.</translation>
    </message>
    <message>
        <source>--until goes with --every-cadence.</source>
        <translation>--until hoort bij --every-cadence.</translation>
    </message>
    <message>
        <source>--until must lie after --date and at most two years ahead of it.</source>
        <translation>--until moet na --date liggen, en hooguit twee jaar later.</translation>
    </message>
    <message>
        <source>%1 is archived; bring them back before planning.</source>
        <translation>%1 is gearchiveerd; haal dit teamlid eerst terug voordat je plant.</translation>
    </message>
    <message>
        <source>--to lies before --from.</source>
        <translation>--to ligt vóór --from.</translation>
    </message>
    <message>
        <source>No one-on-ones planned; plan one with: plan --person P --date D [--time HH:MM]</source>
        <translation>Geen gesprekken gepland; plan er een met: plan --person P --date D [--time UU:MM]</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>hele dag</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the plan by its id (schedule list).</source>
        <translation>Noem het geplande gesprek bij zijn id (schedule list).</translation>
    </message>
    <message>
        <source>No open plan has the id %1.</source>
        <translation>Er is geen open gepland gesprek met id %1.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <source>already logged</source>
        <translation>al vastgelegd</translation>
    </message>
    <message>
        <source>no team member</source>
        <translation>geen teamlid</translation>
    </message>
    <message>
        <source>schedule import needs exactly one FILE.ics.</source>
        <translation>schedule import heeft precies één BESTAND.ics nodig.</translation>
    </message>
    <message numerus="yes">
        <source>Would plan %n one-on-one(s) (nothing changed: --dry-run).</source>
        <translation>
            <numerusform>Zou %n gesprek plannen (niets gewijzigd: --dry-run).</numerusform>
            <numerusform>Zou %n gesprekken plannen (niets gewijzigd: --dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %n one-on-one(s).</source>
        <translation>
            <numerusform>%n gesprek gepland.</numerusform>
            <numerusform>%n gesprekken gepland.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unchanged or already logged; %2 with no team member (left out).</source>
        <translation>%1 ongewijzigd of al vastgelegd; %2 zonder teamlid (weggelaten).</translation>
    </message>
    <message>
        <source>schedule export needs exactly one FILE.ics.</source>
        <translation>schedule export heeft precies één BESTAND.ics nodig.</translation>
    </message>
    <message>
        <source>%1 is a device or a pipe, not a file.</source>
        <translation>%1 is een apparaat of een pipe, geen bestand.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n planned one-on-one(s) to %1.</source>
        <translation>
            <numerusform>%n gepland gesprek geschreven naar %1.</numerusform>
            <numerusform>%n geplande gesprekken geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team member (id or name).</source>
        <translation>Het teamlid (id of naam).</translation>
    </message>
    <message>
        <source>The day (YYYY-MM-DD), today or later.</source>
        <translation>De dag (JJJJ-MM-DD), vandaag of later.</translation>
    </message>
    <message>
        <source>The time of day (HH:MM); none: all day.</source>
        <translation>Het tijdstip (UU:MM); zonder: de hele dag.</translation>
    </message>
    <message>
        <source>Minutes (default 30).</source>
        <translation>Minuten (standaard 30).</translation>
    </message>
    <message>
        <source>A series by their cadence, for six months or --until.</source>
        <translation>Een reeks volgens het ritme van het teamlid, voor zes maanden of tot --until.</translation>
    </message>
    <message>
        <source>The series&apos; last day.</source>
        <translation>De laatste dag van de reeks.</translation>
    </message>
    <message>
        <source>First day (default today).</source>
        <translation>Eerste dag (standaard vandaag).</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>Laatste dag.</translation>
    </message>
    <message>
        <source>Show what would be planned; change nothing.</source>
        <translation>Laat zien wat er gepland zou worden; wijzig niets.</translation>
    </message>
    <message>
        <source>Read meetings from this day (default today).</source>
        <translation>Lees afspraken vanaf deze dag (standaard vandaag).</translation>
    </message>
    <message>
        <source>The plan is on that day already; give another day or --time.</source>
        <translation>Het gesprek staat al op die dag; geef een andere dag of --time.</translation>
    </message>
    <message>
        <source>--date: %1 is more than two years ahead.</source>
        <translation>--date: %1 ligt meer dan twee jaar vooruit.</translation>
    </message>
    <message>
        <source>Start in the system tray, without the window (the start at login).</source>
        <translation>Start in het systeemvak, zonder venster (de start bij het aanmelden).</translation>
    </message>
    <message>
        <source>%1 already has a one-on-one planned on %2; move that one instead (schedule move ID).</source>
        <translation>Met %1 staat op %2 al een gesprek gepland; verplaats dat gesprek (schedule move ID).</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n day(s) already planned with %1.</source>
        <translation>
            <numerusform>%n dag met %1 stond al gepland en is overgeslagen.</numerusform>
            <numerusform>%n dagen met %1 stonden al gepland en zijn overgeslagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::Database</name>
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
        <translation>Kan voor %1 geen write-ahead logging (WAL) inschakelen.</translation>
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
        <source>The schema version is %1, expected %2.</source>
        <translation>De schemaversie is %1, verwacht %2.</translation>
    </message>
    <message>
        <source>This database is open read-only; nothing was changed.</source>
        <translation>Deze database is alleen-lezen geopend; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>More than one team member is called &quot;%1&quot;; use their id instead.</source>
        <translation>Meer dan één teamlid heet ‘%1’; gebruik in plaats daarvan de id.</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>besluit</translation>
    </message>
    <message>
        <source>board agreement</source>
        <translation>afspraak op het delegatiebord</translation>
    </message>
    <message>
        <source>The database refused the change: %1.</source>
        <translation>De database weigerde de wijziging: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 kan niet worden teruggezet: %2</translation>
    </message>
    <message>
        <source>Cannot back up %1 before updating it.</source>
        <translation>Kan geen back-up van %1 maken voordat het wordt bijgewerkt.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was left untouched. Restore a backup.</source>
        <translation>%1 is beschadigd (%2); het bestand is niet aangeraakt. Zet een back-up terug.</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>proces %1 op %2</translation>
    </message>
    <message>
        <source>There is no sound backup in %1.</source>
        <translation>Er is geen bruikbare back-up in %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation>Kan %1 niet opzijzetten.</translation>
    </message>
    <message>
        <source>Rode Draad is still checking this file; nothing was changed. Try again in a moment.</source>
        <translation>Rode Draad controleert dit bestand nog; er is niets gewijzigd. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Rode Draad is still opening this file; nothing was changed. Try again in a moment.</source>
        <translation>Rode Draad opent dit bestand nog; er is niets gewijzigd. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The file you used last, %1, is no longer there.</source>
        <translation>Het bestand dat je het laatst gebruikte, %1, is er niet meer.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2.</source>
        <translation>Kan de map %1 niet aanmaken: %2.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is geen map.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2 is not a folder.</source>
        <translation>Kan de map %1 niet aanmaken: %2 is geen map.</translation>
    </message>
    <message>
        <source>You do not have permission to create files in %1.</source>
        <translation>Je hebt geen toestemming om bestanden aan te maken in %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: you do not have permission to write in %2.</source>
        <translation>Kan de map %1 niet aanmaken: je hebt geen toestemming om in %2 te schrijven.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Rode Draad database.</source>
        <translation>%1 is een map, geen Rode Draad-database.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it is not a Rode Draad database.</source>
        <translation>%1 is geen gewoon bestand en dus geen Rode Draad-database.</translation>
    </message>
    <message>
        <source>You do not have permission to read %1.</source>
        <translation>Je hebt geen toestemming om %1 te lezen.</translation>
    </message>
    <message>
        <source>You do not have permission to change %1. Open it read-only to review it.</source>
        <translation>Je hebt geen toestemming om %1 te wijzigen. Open het alleen-lezen om het in te zien.</translation>
    </message>
    <message>
        <source>You do not have permission to write in the folder %1, which Rode Draad needs beside %2. Open it read-only to review it.</source>
        <translation>Je hebt geen toestemming om te schrijven in de map %1, en Rode Draad heeft die naast %2 nodig. Open het alleen-lezen om het in te zien.</translation>
    </message>
    <message>
        <source>%1 is the open file itself; choose another name for the copy.</source>
        <translation>%1 is het geopende bestand zelf; kies een andere naam voor de kopie.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name for the copy.</source>
        <translation>%1 is een map; kies een bestandsnaam voor de kopie.</translation>
    </message>
    <message>
        <source>the copy could not be flushed to disk.</source>
        <translation>de kopie kon niet volledig naar de schijf worden geschreven.</translation>
    </message>
    <message>
        <source>Cannot save a copy to %1: %2</source>
        <translation>Kan geen kopie opslaan als %1: %2</translation>
    </message>
    <message>
        <source>Cannot save a copy to %1: %2.</source>
        <translation>Kan geen kopie opslaan als %1: %2.</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>het is een symbolische koppeling</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: %2.</source>
        <translation>Kan het vergrendelbestand %1 niet aanmaken: %2.</translation>
    </message>
    <message>
        <source>%1 is a Rode Draad file with its own team; Save a Copy never replaces one. Choose a new name.</source>
        <translation>%1 is een Rode Draad-bestand met een eigen team; Kopie opslaan vervangt dat nooit. Kies een nieuwe naam.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no Rode Draad data.</source>
        <translation>%1 is leeg: er staan geen Rode Draad-gegevens in.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Rode Draad keeps its work files in a folder of its own.</source>
        <translation>%1 is een symbolische koppeling; Rode Draad bewaart zijn werkbestanden in een eigen map.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Rode Draad keeps its backups in a folder of its own. Remove the link, or choose a backup folder in Settings.</source>
        <translation>%1 is een symbolische koppeling; Rode Draad bewaart zijn back-ups in een eigen map. Verwijder de koppeling, of kies een back-upmap bij Instellingen.</translation>
    </message>
    <message>
        <source>at %1 MB it is larger than any Rode Draad file (at most %2 MB).</source>
        <translation>met %1 MB is het groter dan een Rode Draad-bestand ooit wordt (hooguit %2 MB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Kan %1 niet lezen: %2.</translation>
    </message>
    <message>
        <source>Cannot write beside %1.</source>
        <translation>Kan niet schrijven in de map van %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 is niet te lezen: %2.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rode Draad (schema %2; this version reads up to %3).</source>
        <translation>%1 is geschreven door een nieuwere versie van Rode Draad (schema %2; deze versie leest tot en met %3).</translation>
    </message>
    <message>
        <source>Its schema is not Rode Draad&apos;s: it has %1.</source>
        <translation>De opbouw is niet die van Rode Draad: het bestand heeft %1.</translation>
    </message>
    <message numerus="yes">
        <source>Its check did not finish within %n second(s), longer than any Rode Draad file takes.</source>
        <translation>
            <numerusform>De controle was niet binnen %n seconde klaar, langer dan een Rode Draad-bestand ooit nodig heeft.</numerusform>
            <numerusform>De controle was niet binnen %n seconden klaar, langer dan een Rode Draad-bestand ooit nodig heeft.</numerusform>
        </translation>
    </message>
    <message>
        <source>a table %1 with other columns than its own</source>
        <translation>een tabel %1 met andere kolommen dan die van Rode Draad</translation>
    </message>
    <message>
        <source>no %1 named %2</source>
        <translation>geen %1 met de naam %2</translation>
    </message>
    <message>
        <source>%1 is a device or a pipe; choose a file name for the copy.</source>
        <translation>%1 is een apparaat of een pipe; kies een bestandsnaam voor de kopie.</translation>
    </message>
    <message>
        <source>%1 is busy: another Rode Draad is writing to it, such as a long import or a restore. Nothing was changed; try again when it has finished.</source>
        <translation>%1 is bezet: een andere Rode Draad schrijft erin, bijvoorbeeld een lange import of het terugzetten van een back-up. Er is niets gewijzigd; probeer het opnieuw als dat klaar is.</translation>
    </message>
    <message numerus="yes">
        <source>%1 lacks the last %n change(s) Rode Draad saved to it: its write-ahead log was damaged or removed, or an older copy was put in its place.</source>
        <translation>
            <numerusform>In %1 ontbreekt de laatste wijziging die Rode Draad erin had opgeslagen: het bijbehorende -wal-bestand is beschadigd of verwijderd, of er is een oudere kopie voor in de plaats gezet.</numerusform>
            <numerusform>In %1 ontbreken de laatste %n wijzigingen die Rode Draad erin had opgeslagen: het bijbehorende -wal-bestand is beschadigd of verwijderd, of er is een oudere kopie voor in de plaats gezet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (en nog %n)</numerusform>
            <numerusform>%1 (en nog %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already holds data; nothing was changed.</source>
        <translation>%1 bevat al gegevens; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a row of %3 that does not exist</source>
        <translation>rij %1 van %2 verwijst naar een rij van %3 die niet bestaat</translation>
    </message>
    <message>
        <source>Row %1 of %2 refers to a row of %3 that does not exist.</source>
        <translation>Rij %1 van %2 verwijst naar een rij van %3 die niet bestaat.</translation>
    </message>
    <message>
        <source>an object (%1) named %2 that Rode Draad does not make</source>
        <translation>een onderdeel (%1) met de naam %2 dat Rode Draad niet maakt</translation>
    </message>
    <message>
        <source>%2 (%1) on another table</source>
        <translation>%2 (%1) op een andere tabel</translation>
    </message>
    <message>
        <source>The %1 with id %2 has level %3, outside %4 to %5.</source>
        <translation>Dit heeft niveau %3, buiten %4 tot en met %5: %1 met id %2.</translation>
    </message>
    <message>
        <source>Another program wrote entries about this team member, so adding them cannot be undone. Nothing was changed.</source>
        <translation>Een ander programma heeft gegevens over dit teamlid vastgelegd, dus het toevoegen kan niet ongedaan worden gemaakt. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The team member no longer exists.</source>
        <translation>Dit teamlid bestaat niet meer.</translation>
    </message>
    <message>
        <source>The one-on-one no longer exists.</source>
        <translation>Dit gesprek bestaat niet meer.</translation>
    </message>
    <message>
        <source>The decision no longer exists.</source>
        <translation>Dit besluit bestaat niet meer.</translation>
    </message>
    <message>
        <source>The initiative no longer exists.</source>
        <translation>Dit initiatief bestaat niet meer.</translation>
    </message>
    <message>
        <source>The planned one-on-one no longer exists.</source>
        <translation>Dit geplande gesprek bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>rd::Enum</name>
    <message>
        <source>I tell them</source>
        <translation>Ik besluit en vertel het</translation>
    </message>
    <message>
        <source>I try to sell it to them</source>
        <translation>Ik besluit en probeer te overtuigen</translation>
    </message>
    <message>
        <source>I consult, then decide</source>
        <translation>Ik vraag eerst je mening en besluit dan</translation>
    </message>
    <message>
        <source>We agree together</source>
        <translation>We besluiten samen</translation>
    </message>
    <message>
        <source>I advise, but they decide</source>
        <translation>Ik adviseer, het teamlid besluit</translation>
    </message>
    <message>
        <source>I inquire after they decide</source>
        <translation>Het teamlid besluit, ik vraag er achteraf naar</translation>
    </message>
    <message>
        <source>I fully delegate</source>
        <translation>Ik laat het besluit helemaal los</translation>
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
        <translation>Verzet</translation>
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
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Partly worked</source>
        <translation>Deels gelukt</translation>
    </message>
    <message>
        <source>Did not work</source>
        <translation>Niet gelukt</translation>
    </message>
    <message>
        <source>Too early to tell</source>
        <translation>Nog te vroeg</translation>
    </message>
    <message>
        <source>Privately</source>
        <translation>Onder vier ogen</translation>
    </message>
    <message>
        <source>In the one-on-one</source>
        <translation>In het gesprek</translation>
    </message>
    <message>
        <source>In public</source>
        <translation>In het openbaar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Niet relevant</translation>
    </message>
    <message>
        <source>Make trust concrete</source>
        <translation>Maak vertrouwen concreet</translation>
    </message>
    <message>
        <source>Coach instead of control</source>
        <translation>Coach in plaats van te controleren</translation>
    </message>
    <message>
        <source>Increase transparency</source>
        <translation>Vergroot transparantie</translation>
    </message>
    <message>
        <source>Reward initiative, not only compliance</source>
        <translation>Beloon initiatief, niet alleen naleving</translation>
    </message>
    <message>
        <source>Create psychological safety</source>
        <translation>Creëer psychologische veiligheid</translation>
    </message>
    <message>
        <source>Worth acknowledging</source>
        <translation>Het benoemen waard</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>Aandachtspunt</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Belangrijk</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Trust growing</source>
        <translation>Vertrouwen groeit</translation>
    </message>
    <message>
        <source>Initiative recognised</source>
        <translation>Initiatief erkend</translation>
    </message>
    <message>
        <source>Delegated decision went well</source>
        <translation>Gedelegeerd besluit goed uitgepakt</translation>
    </message>
</context>
<context>
    <name>rd::Evidence</name>
    <message>
        <source>%1 · decision &quot;%2&quot; at level %3</source>
        <translation>%1 · besluit ‘%2’ op niveau %3</translation>
    </message>
    <message>
        <source>%1 · one-on-one (%2)</source>
        <translation>%1 · 1-op-1-gesprek (%2)</translation>
    </message>
    <message>
        <source>%1 · &quot;%2&quot; (%3, %4)</source>
        <translation>%1 · ‘%2’ (%3, %4)</translation>
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
            <numerusform>Ritme van 1-op-1-gesprekken: elke dag</numerusform>
            <numerusform>Ritme van 1-op-1-gesprekken: elke %n dagen</numerusform>
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
        <translation>Beslisgebied</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>One-on-ones</source>
        <translation>1-op-1-gesprekken</translation>
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
        <translation>afgerond %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>No one-on-ones logged.</source>
        <translation>Geen 1-op-1-gesprekken vastgelegd.</translation>
    </message>
    <message>
        <source>Delegated decisions</source>
        <translation>Gedelegeerde besluiten</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Beslisgebied: %1</translation>
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
        <translation>Je hebt dit besluit teruggedraaid of weer overgenomen.</translation>
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
    <message>
        <source>it is a folder</source>
        <translation>het is een map</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>de map %1 bestaat niet</translation>
    </message>
    <message>
        <source>it is a device or a pipe, not a file; name a file</source>
        <translation>het is een apparaat of een pipe, geen bestand; geef een bestandsnaam</translation>
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
        <translation>‘%1’ is geen datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>onbekende %1 ‘%2’</translation>
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
        <translation>onbekende persoon ‘%1’</translation>
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
        <translation>dubbele persoons-id ‘%1’</translation>
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
    <message>
        <source>person id &quot;%1&quot; may hold only letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; (1 to 64, starting with a letter or digit)</source>
        <translation>id ‘%1’ van een teamlid mag alleen letters, cijfers, ‘.’, ‘_’ en ‘-’ bevatten (1 tot 64 tekens, te beginnen met een letter of cijfer)</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>langer dan %1 tekens</translation>
    </message>
    <message>
        <source>not a time of day as HH:MM</source>
        <translation>geen tijdstip als UU:MM</translation>
    </message>
    <message>
        <source>not a calendar id</source>
        <translation>geen agenda-id</translation>
    </message>
</context>
<context>
    <name>rd::Index</name>
    <message>
        <source>Agenda ownership</source>
        <translation>Eigenaarschap van de agenda</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Luisteren</translation>
    </message>
    <message>
        <source>Delegation depth</source>
        <translation>Delegatiediepte</translation>
    </message>
    <message>
        <source>Trust kept</source>
        <translation>Vertrouwen behouden</translation>
    </message>
    <message>
        <source>Initiative rewarded</source>
        <translation>Initiatief beloond</translation>
    </message>
    <message>
        <source>Safe to fail</source>
        <translation>Ruimte voor fouten</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Ritme</translation>
    </message>
</context>
<context>
    <name>rd::PrepSheet</name>
    <message>
        <source>One-on-one with %1</source>
        <translation>1-op-1-gesprek met %1</translation>
    </message>
    <message>
        <source>Prepared for %1.</source>
        <translation>Voorbereiding voor %1.</translation>
    </message>
    <message>
        <source>Held on %1.</source>
        <translation>Gehouden op %1.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>%1 (%2, review %3)</source>
        <translation>%1 (%2, evaluatie %3)</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Vorige keer</translation>
    </message>
    <message>
        <source>No one-on-one held yet.</source>
        <translation>Nog geen 1-op-1-gesprek gehouden.</translation>
    </message>
    <message>
        <source>Everything was covered last time.</source>
        <translation>Vorige keer is alles besproken.</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Open actiepunten</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>Geen open actiepunten.</translation>
    </message>
    <message>
        <source>Decisions to review</source>
        <translation>Te evalueren besluiten</translation>
    </message>
    <message>
        <source>No decisions due for review.</source>
        <translation>Geen besluiten die geëvalueerd moeten worden.</translation>
    </message>
    <message>
        <source>Initiatives to recognise</source>
        <translation>Nog te erkennen initiatieven</translation>
    </message>
    <message>
        <source>Every initiative has been recognised.</source>
        <translation>Elk initiatief is erkend.</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>No signals for this person.</source>
        <translation>Geen signalen voor dit teamlid.</translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation>Vraag:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Stap:</translation>
    </message>
    <message>
        <source>Suggested questions</source>
        <translation>Voorgestelde vragen</translation>
    </message>
    <message>
        <source>Nothing carries over yet.</source>
        <translation>Er schuift nog niets door.</translation>
    </message>
    <message>
        <source>mark done</source>
        <translation>afvinken</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>schrappen</translation>
    </message>
    <message>
        <source>put back on the agenda</source>
        <translation>weer op de agenda zetten</translation>
    </message>
    <message>
        <source>Every topic carried over was dropped.</source>
        <translation>Je hebt alle doorgeschoven onderwerpen geschrapt.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>The one-on-one has begun: its meeting view holds the agenda.</source>
        <translation>Het gesprek is begonnen: de agenda staat in het gespreksvenster.</translation>
    </message>
    <message>
        <source>Lever: %1</source>
        <translation>Hefboom: %1</translation>
    </message>
</context>
<context>
    <name>rd::QuestionBank</name>
    <message>
        <source>Which decisions would you like to own completely in six months&apos; time?</source>
        <translation>Welke besluiten wil je over een half jaar helemaal zelf nemen?</translation>
    </message>
    <message>
        <source>What would more room to decide make possible for you?</source>
        <translation>Wat wordt er voor jou mogelijk met meer ruimte om te beslissen?</translation>
    </message>
    <message>
        <source>Where do you feel you need my approval today, and is that necessary?</source>
        <translation>Waarvoor denk je nu mijn goedkeuring nodig te hebben, en is dat echt nodig?</translation>
    </message>
    <message>
        <source>Which boundaries are unclear to you right now?</source>
        <translation>Welke kaders zijn je op dit moment nog onduidelijk?</translation>
    </message>
    <message>
        <source>Which area could move one step up the delegation board?</source>
        <translation>Welk beslisgebied kan een stap omhoog op het delegatiebord?</translation>
    </message>
    <message>
        <source>What information would you need to decide this without me?</source>
        <translation>Welke informatie heb je nodig om dit zonder mij te beslissen?</translation>
    </message>
    <message>
        <source>Which decision will you take on your own before we next meet?</source>
        <translation>Welk besluit neem je zelf voordat we elkaar weer spreken?</translation>
    </message>
    <message>
        <source>How will you let me know how it went, in a way that suits you?</source>
        <translation>Hoe laat je me weten hoe het ging, op een manier die bij je past?</translation>
    </message>
    <message>
        <source>What would make this one-on-one most useful for you?</source>
        <translation>Wat zou dit gesprek voor jou het meest waardevol maken?</translation>
    </message>
    <message>
        <source>What do you want to be better at by the end of this quarter?</source>
        <translation>Waar wil je aan het eind van dit kwartaal beter in zijn?</translation>
    </message>
    <message>
        <source>What is taking most of your energy at the moment?</source>
        <translation>Wat kost je op dit moment de meeste energie?</translation>
    </message>
    <message>
        <source>What have you already tried, and what happened?</source>
        <translation>Wat heb je al geprobeerd, en wat gebeurde er?</translation>
    </message>
    <message>
        <source>What options do you see, including the ones that seem unrealistic?</source>
        <translation>Welke mogelijkheden zie je, ook als ze onrealistisch lijken?</translation>
    </message>
    <message>
        <source>If you were in my position, what would you do?</source>
        <translation>Als je in mijn schoenen stond, wat zou je dan doen?</translation>
    </message>
    <message>
        <source>What is the first step you will take, and when?</source>
        <translation>Wat is de eerste stap die je zet, en wanneer?</translation>
    </message>
    <message>
        <source>What do you need from me, and what do you not need from me?</source>
        <translation>Wat heb je van mij nodig, en wat juist niet?</translation>
    </message>
    <message>
        <source>Which of our goals would you like to understand better?</source>
        <translation>Welk van onze doelen wil je beter begrijpen?</translation>
    </message>
    <message>
        <source>What would you like to know earlier than you do now?</source>
        <translation>Wat zou je eerder willen weten dan nu?</translation>
    </message>
    <message>
        <source>Which recent decision surprised you, and why?</source>
        <translation>Welk recent besluit verraste je, en waarom?</translation>
    </message>
    <message>
        <source>How do you see our results at the moment?</source>
        <translation>Hoe kijk je op dit moment naar onze resultaten?</translation>
    </message>
    <message>
        <source>How could we make progress more visible to the whole team?</source>
        <translation>Hoe kunnen we de voortgang zichtbaarder maken voor het hele team?</translation>
    </message>
    <message>
        <source>Which information could I share that would help you decide?</source>
        <translation>Welke informatie kan ik delen die je helpt om te beslissen?</translation>
    </message>
    <message>
        <source>What shall we agree on how we keep each other informed?</source>
        <translation>Wat spreken we af over hoe we elkaar op de hoogte houden?</translation>
    </message>
    <message>
        <source>Which promise of mine should I follow up on first?</source>
        <translation>Welke toezegging van mij zou ik als eerste moeten nakomen?</translation>
    </message>
    <message>
        <source>What would you like to start or improve if nobody asked you to?</source>
        <translation>Wat zou je oppakken of verbeteren als niemand erom vroeg?</translation>
    </message>
    <message>
        <source>Which contribution would you like to be known for?</source>
        <translation>Om welke bijdrage wil je bekendstaan?</translation>
    </message>
    <message>
        <source>What are you proud of from the last weeks, whatever the outcome?</source>
        <translation>Waar ben je de afgelopen weken trots op, wat de uitkomst ook was?</translation>
    </message>
    <message>
        <source>When did you last take something on without being asked, and how was it received?</source>
        <translation>Wanneer pakte je voor het laatst iets op zonder dat iemand erom vroeg, en hoe werd daarop gereageerd?</translation>
    </message>
    <message>
        <source>Which idea have you been holding back, and what would make it worth trying?</source>
        <translation>Welk idee houd je nog voor je, en wat is er nodig om het te proberen?</translation>
    </message>
    <message>
        <source>How would you like your initiative to be recognised: privately or in the team?</source>
        <translation>Hoe wil je dat je initiatief erkend wordt: onder vier ogen of in het team?</translation>
    </message>
    <message>
        <source>Which small experiment will you start this month?</source>
        <translation>Met welk klein experiment begin je deze maand?</translation>
    </message>
    <message>
        <source>Who else should hear about what you did?</source>
        <translation>Wie zou er nog meer moeten horen wat je gedaan hebt?</translation>
    </message>
    <message>
        <source>What would make it easier for you to raise a problem early?</source>
        <translation>Wat zou het je makkelijker maken om een probleem vroeg aan te kaarten?</translation>
    </message>
    <message>
        <source>What would you like to learn from the next thing that goes wrong?</source>
        <translation>Wat wil je leren van de volgende keer dat er iets misgaat?</translation>
    </message>
    <message>
        <source>What did not go as planned lately, and what did you learn from it?</source>
        <translation>Wat liep er onlangs anders dan gepland, en wat heb je ervan geleerd?</translation>
    </message>
    <message>
        <source>When do you hold back from saying what you think?</source>
        <translation>Wanneer houd je je mening liever voor je?</translation>
    </message>
    <message>
        <source>How could we talk about mistakes so that they help the team?</source>
        <translation>Hoe kunnen we over fouten praten zodat het team er beter van wordt?</translation>
    </message>
    <message>
        <source>What could I do differently when something goes wrong?</source>
        <translation>Wat kan ik anders doen als er iets misgaat?</translation>
    </message>
    <message>
        <source>Which risk would you like to take, knowing I have your back?</source>
        <translation>Welk risico zou je nemen als je weet dat ik achter je sta?</translation>
    </message>
    <message>
        <source>What will you share in the team about what you learned?</source>
        <translation>Wat deel je in het team over wat je geleerd hebt?</translation>
    </message>
</context>
<context>
    <name>rd::Reminders</name>
    <message>
        <source>1:1 with %1 today: prepare</source>
        <translation>1-op-1-gesprek met %1 vandaag: bereid je voor</translation>
    </message>
    <message>
        <source>1:1 with %1 at %2: prepare</source>
        <translation>1-op-1-gesprek met %1 om %2: bereid je voor</translation>
    </message>
    <message>
        <source>1:1 with %1 tomorrow: prepare</source>
        <translation>1-op-1-gesprek met %1 morgen: bereid je voor</translation>
    </message>
    <message>
        <source>1:1 with %1 tomorrow at %2: prepare</source>
        <translation>1-op-1-gesprek met %1 morgen om %2: bereid je voor</translation>
    </message>
    <message>
        <source>1:1 with %1, %2: prepare</source>
        <translation>1-op-1-gesprek met %1, %2: bereid je voor</translation>
    </message>
    <message>
        <source>Focus: %1</source>
        <translation>Focus: ‘%1’</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n one-on-one(s)</source>
        <translation>
            <numerusform>Vandaag: %n gesprek</numerusform>
            <numerusform>Vandaag: %n gesprekken</numerusform>
        </translation>
    </message>
    <message>
        <source>No one-on-ones planned today</source>
        <translation>Vandaag geen gesprekken gepland</translation>
    </message>
    <message>
        <source>To bring up: %1</source>
        <translation>Om te bespreken: ‘%1’</translation>
    </message>
    <message>
        <source>Open the preparation sheet for the agenda and a question.</source>
        <translation>Open de voorbereiding voor de agenda en een vraag.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prepare %n one-on-one(s)</source>
        <translation>
            <numerusform>Bereid %n gesprek voor</numerusform>
            <numerusform>Bereid %n gesprekken voor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::RuleNames</name>
    <message>
        <source>Decisions without a why</source>
        <translation>Besluiten zonder waarom</translation>
    </message>
    <message>
        <source>Decisions without boundaries</source>
        <translation>Besluiten zonder kaders</translation>
    </message>
    <message>
        <source>No delegation agreement</source>
        <translation>Geen delegatieafspraak</translation>
    </message>
    <message>
        <source>Delegation level stuck</source>
        <translation>Delegatieniveau zit vast</translation>
    </message>
    <message>
        <source>You talk most in 1:1s</source>
        <translation>Je praat het meest</translation>
    </message>
    <message>
        <source>You own the agenda</source>
        <translation>Je bepaalt de agenda</translation>
    </message>
    <message>
        <source>Decisions overridden</source>
        <translation>Besluiten teruggedraaid</translation>
    </message>
    <message>
        <source>Many check-ins</source>
        <translation>Veel tussentijdse checks</translation>
    </message>
    <message>
        <source>One-on-one overdue</source>
        <translation>Gesprek te lang geleden</translation>
    </message>
    <message>
        <source>One-on-ones cancelled</source>
        <translation>Gesprekken afgezegd</translation>
    </message>
    <message>
        <source>Context not shared</source>
        <translation>Context niet gedeeld</translation>
    </message>
    <message>
        <source>Decision review overdue</source>
        <translation>Evaluatie van besluit over tijd</translation>
    </message>
    <message>
        <source>Your actions overdue</source>
        <translation>Eigen acties over tijd</translation>
    </message>
    <message>
        <source>Initiative not recognised</source>
        <translation>Initiatief nog niet erkend</translation>
    </message>
    <message>
        <source>Failed attempt not recognised</source>
        <translation>Mislukte poging nog niet erkend</translation>
    </message>
    <message>
        <source>Recognition gap</source>
        <translation>Lang geen erkenning</translation>
    </message>
    <message>
        <source>Only compliance recognised</source>
        <translation>Alleen naleving erkend</translation>
    </message>
    <message>
        <source>No mistakes discussed</source>
        <translation>Geen fouten besproken</translation>
    </message>
    <message>
        <source>Autonomy taken back after failure</source>
        <translation>Autonomie teruggenomen na mislukking</translation>
    </message>
    <message>
        <source>Energy dropping</source>
        <translation>Energie daalt</translation>
    </message>
    <message>
        <source>Trust growing</source>
        <translation>Vertrouwen groeit</translation>
    </message>
</context>
<context>
    <name>rd::Schedule</name>
    <message>
        <source>One-on-one with %1</source>
        <translation>1-op-1-gesprek met %1</translation>
    </message>
</context>
<context>
    <name>rd::Thresholds</name>
    <message>
        <source>Recent held one-on-ones to look at</source>
        <translation>Aantal recente gehouden gesprekken dat meetelt</translation>
    </message>
    <message>
        <source>Agenda items needed before it can fire</source>
        <translation>Benodigde agendapunten voordat dit een signaal kan geven</translation>
    </message>
    <message>
        <source>Fires below this share (%) raised by the member</source>
        <translation>Geeft een signaal als het teamlid minder dan dit deel (%) inbracht</translation>
    </message>
    <message>
        <source>Days to look back</source>
        <translation>Aantal dagen terugkijken</translation>
    </message>
    <message>
        <source>Days after a failure in which a lower level counts</source>
        <translation>Dagen na een mislukking waarin een lager niveau meetelt</translation>
    </message>
    <message>
        <source>Lowest level where they decide</source>
        <translation>Laagste niveau waarop het teamlid beslist</translation>
    </message>
    <message>
        <source>Check-ins on one decision before it fires</source>
        <translation>Tussentijdse checks op één besluit voordat dit een signaal geeft</translation>
    </message>
    <message>
        <source>Recognitions needed before it can fire</source>
        <translation>Benodigde erkenningen voordat dit een signaal kan geven</translation>
    </message>
    <message>
        <source>Share (%) for compliance at which it fires</source>
        <translation>Aandeel naleving (%) waarbij dit een signaal geeft</translation>
    </message>
    <message>
        <source>Overridden decisions before it fires</source>
        <translation>Teruggedraaide besluiten voordat dit een signaal geeft</translation>
    </message>
    <message>
        <source>Level from which one override is enough</source>
        <translation>Niveau waarvanaf één ingreep al genoeg is</translation>
    </message>
    <message>
        <source>Days past the review date before it fires</source>
        <translation>Dagen na de evaluatiedatum voordat dit een signaal geeft</translation>
    </message>
    <message>
        <source>Lowest delegation level that needs boundaries</source>
        <translation>Laagste delegatieniveau dat kaders nodig heeft</translation>
    </message>
    <message>
        <source>Decisions without boundaries before it fires</source>
        <translation>Besluiten zonder kaders voordat dit een signaal geeft</translation>
    </message>
    <message>
        <source>Decisions without a why before it fires</source>
        <translation>Besluiten zonder waarom voordat dit een signaal geeft</translation>
    </message>
    <message>
        <source>Drop in energy points that fires</source>
        <translation>Daling in energiepunten waarbij dit een signaal geeft</translation>
    </message>
    <message>
        <source>Days an initiative may wait for recognition</source>
        <translation>Dagen dat een initiatief op erkenning mag wachten</translation>
    </message>
    <message>
        <source>Decisions needed before it can fire</source>
        <translation>Benodigde besluiten voordat dit een signaal kan geven</translation>
    </message>
    <message>
        <source>Highest level that still counts as stuck</source>
        <translation>Hoogste niveau dat nog als vastgelopen telt</translation>
    </message>
    <message>
        <source>Overdue actions of yours before it fires</source>
        <translation>Eigen acties over tijd voordat dit een signaal geeft</translation>
    </message>
    <message>
        <source>Days in the team before an agreement is due</source>
        <translation>Dagen in het team voordat er een afspraak moet zijn</translation>
    </message>
    <message>
        <source>Overdue after this many times the cadence</source>
        <translation>Te lang geleden na zoveel keer het ritme</translation>
    </message>
    <message>
        <source>Recent scheduled one-on-ones to look at</source>
        <translation>Aantal recente geplande gesprekken dat meetelt</translation>
    </message>
    <message>
        <source>Cancelled ones before it fires</source>
        <translation>Afgezegde gesprekken voordat dit een signaal geeft</translation>
    </message>
    <message>
        <source>Days without recognition before it fires</source>
        <translation>Dagen zonder erkenning voordat dit een signaal geeft</translation>
    </message>
    <message>
        <source>Mean talk share (%) at which it fires</source>
        <translation>Gemiddelde spreektijd (%) waarbij dit een signaal geeft</translation>
    </message>
    <message>
        <source>Days in each window compared</source>
        <translation>Dagen per vergeleken periode</translation>
    </message>
    <message>
        <source>Decisions needed in each window</source>
        <translation>Benodigde besluiten per periode</translation>
    </message>
    <message>
        <source>Rise in mean level that counts</source>
        <translation>Stijging van het gemiddelde niveau die telt</translation>
    </message>
    <message>
        <source>Days in which a raised board cell counts</source>
        <translation>Dagen waarin een verhoogd vak op het delegatiebord meetelt</translation>
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
        <translation>Het ritme van 1-op-1-gesprekken moet minstens een dag zijn.</translation>
    </message>
    <message>
        <source>A one-on-one needs a team member.</source>
        <translation>Een 1-op-1-gesprek heeft een teamlid nodig.</translation>
    </message>
    <message>
        <source>A one-on-one needs a valid date.</source>
        <translation>Een 1-op-1-gesprek heeft een geldige datum nodig.</translation>
    </message>
    <message>
        <source>Your talk share must be between 0 and 100 percent.</source>
        <translation>Je spreektijd moet tussen 0 en 100 procent liggen.</translation>
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
        <translation>Het aantal tussentijdse checks kan niet negatief zijn.</translation>
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
    <message>
        <source>A team member&apos;s id may hold only letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; (1 to 64, starting with a letter or digit); &quot;%1&quot; does not.</source>
        <translation>De id van een teamlid mag alleen letters, cijfers, ‘.’, ‘_’ en ‘-’ bevatten (1 tot 64 tekens, te beginnen met een letter of cijfer); ‘%1’ voldoet daar niet aan.</translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; at most %3 fit.</source>
        <translation>%1 is %2 tekens lang; er passen er hoogstens %3 in.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>De naam</translation>
    </message>
    <message>
        <source>role</source>
        <translation>De rol</translation>
    </message>
    <message>
        <source>title</source>
        <translation>De titel</translation>
    </message>
    <message>
        <source>decision area</source>
        <translation>Het beslisgebied</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>Wat je hebt geleerd</translation>
    </message>
    <message>
        <source>An action&apos;s due date can move 0 to %1 times.</source>
        <translation>De uiterste datum van een actiepunt kan 0 tot %1 keer worden verzet.</translation>
    </message>
    <message>
        <source>The unfinished one-on-one cannot be read.</source>
        <translation>Het onafgeronde gesprek is niet te lezen.</translation>
    </message>
    <message>
        <source>The unfinished one-on-one has no valid date.</source>
        <translation>Het onafgeronde gesprek heeft geen geldige datum.</translation>
    </message>
    <message>
        <source>A planned one-on-one needs a team member.</source>
        <translation>Een gepland gesprek heeft een teamlid nodig.</translation>
    </message>
    <message>
        <source>A planned one-on-one needs a valid date.</source>
        <translation>Een gepland gesprek heeft een geldige datum nodig.</translation>
    </message>
    <message>
        <source>A planned one-on-one takes %1 to %2 minutes, not %3.</source>
        <translation>Een gepland gesprek duurt %1 tot %2 minuten, niet %3.</translation>
    </message>
    <message>
        <source>A planned one-on-one needs a calendar id of at most %1 characters.</source>
        <translation>Een gepland gesprek heeft een agenda-id van hooguit %1 tekens nodig.</translation>
    </message>
    <message>
        <source>A planned one-on-one lies between 1970 and 2199, not in %1.</source>
        <translation>Een gepland gesprek ligt tussen 1970 en 2199, niet in %1.</translation>
    </message>
</context>
<context>
    <name>rd::Week</name>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n maand geleden</numerusform>
            <numerusform>%n maanden geleden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) over</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Your first week</source>
        <translation>Je eerste week</translation>
    </message>
    <message>
        <source>Add your team members and how often you meet each</source>
        <translation>Je teamleden toevoegen, en hoe vaak je elk van hen spreekt</translation>
    </message>
    <message>
        <source>Agree one area on the delegation board</source>
        <translation>Eén beslisgebied afspreken op het delegatiebord</translation>
    </message>
    <message>
        <source>Log your first one-on-one</source>
        <translation>Je eerste 1-op-1-gesprek vastleggen</translation>
    </message>
    <message>
        <source>Log a decision you delegated</source>
        <translation>Een besluit vastleggen dat je hebt gedelegeerd</translation>
    </message>
    <message>
        <source>Recognise an initiative</source>
        <translation>Erkenning geven voor een initiatief</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>gepland op %1</translation>
    </message>
</context>
<context>
    <name>rd::coaching::AgendaOwnedByManager</name>
    <message>
        <source>%1 raised only %2 of the agenda items in your last 1:1s</source>
        <translation>%1 bracht %2 van de agendapunten van je laatste gesprekken in</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 agenda items raised by %3 over %n one-on-one(s).</source>
        <translation>
            <numerusform>%1 van %2 agendapunten ingebracht door %3 in %n gesprek.</numerusform>
            <numerusform>%1 van %2 agendapunten ingebracht door %3 in %n gesprekken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whoever owns the agenda owns the conversation. Letting them set it is the simplest way to hand over ownership.</source>
        <translation>Wie de agenda bepaalt, bepaalt het gesprek: laat het teamlid de agenda maken, dan ligt het eigenaarschap waar het hoort.</translation>
    </message>
    <message>
        <source>What would you like to put on the agenda for our next one-on-one?</source>
        <translation>Wat wil je op de agenda zetten voor ons volgende gesprek?</translation>
    </message>
    <message>
        <source>Ask %1 to send the agenda for your next 1:1, and add your points last.</source>
        <translation>Vraag %1 de agenda voor jullie volgende gesprek op te stellen, en zet je eigen punten er als laatste bij.</translation>
    </message>
</context>
<context>
    <name>rd::coaching::AutonomyTakenAfterFailure</name>
    <message>
        <source>%1 · board cell %2 lowered from %3 to %4</source>
        <translation>%1 · vak %2 op het delegatiebord verlaagd van %3 naar %4</translation>
    </message>
    <message>
        <source>%1 · failed</source>
        <translation>%1 · mislukt</translation>
    </message>
    <message>
        <source>After a failed decision you took autonomy back from %1</source>
        <translation>Na een mislukt besluit heb je %1 weer minder ruimte gegeven</translation>
    </message>
    <message>
        <source>Taking room away after a failure teaches that trying is risky. Safety means a failed attempt is met with learning, not with control.</source>
        <translation>Wie na een mislukking ruimte terugneemt, leert het team dat proberen riskant is; psychologische veiligheid betekent dat je een mislukte poging beantwoordt met leren, niet met controle.</translation>
    </message>
    <message>
        <source>What would help you take this on again with confidence?</source>
        <translation>Wat zou je helpen om dit weer met vertrouwen op te pakken?</translation>
    </message>
    <message>
        <source>Discuss what was learned with %1 and agree when the area goes back to its earlier level.</source>
        <translation>Bespreek met %1 wat jullie ervan geleerd hebben, en spreek af wanneer het beslisgebied teruggaat naar het eerdere niveau.</translation>
    </message>
</context>
<context>
    <name>rd::coaching::CheckInHeavy</name>
    <message>
        <source>You checked in often on decisions that were %1&apos;s to make</source>
        <translation>Je deed vaak een tussentijdse check bij besluiten die %1 zelf mocht nemen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n check-in(s)</source>
        <translation>
            <numerusform>%1: %n tussentijdse check</numerusform>
            <numerusform>%1: %n tussentijdse checks</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking in on a decision you delegated is control by another name. Agree how you will hear about progress, then let go.</source>
        <translation>Een tussentijdse check op een besluit dat je hebt gedelegeerd, is controle onder een andere naam: spreek af hoe je over de voortgang hoort, en laat dan los.</translation>
    </message>
    <message>
        <source>How would you like to keep me informed, so that I do not need to ask?</source>
        <translation>Hoe wil je me op de hoogte houden, zodat ik er niet naar hoef te vragen?</translation>
    </message>
    <message>
        <source>Agree one moment for an update with %1 and skip the checks in between.</source>
        <translation>Spreek met %1 één moment voor een update af, en laat de checks daartussen achterwege.</translation>
    </message>
</context>
<context>
    <name>rd::coaching::ComplianceOnlyRecognition</name>
    <message>
        <source>%1 of your recent recognitions were for compliance</source>
        <translation>%1 van je recente erkenningen ging over naleving</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 recognitions in the last %n day(s) were for doing what was asked.</source>
        <translation>
            <numerusform>In de afgelopen dag: %1 van de %2 erkenningen voor doen wat gevraagd was.</numerusform>
            <numerusform>In de afgelopen %n dagen: %1 van de %2 erkenningen voor doen wat gevraagd was.</numerusform>
        </translation>
    </message>
    <message>
        <source>What you praise is what you get more of. Recognising only compliance teaches the team to wait for instructions.</source>
        <translation>Waar je erkenning aan geeft, krijg je meer van: wie alleen naleving erkent, leert het team op instructies te wachten.</translation>
    </message>
    <message>
        <source>Where did you go beyond what was asked recently, even if it did not work out?</source>
        <translation>Waar ging je onlangs verder dan gevraagd, ook als het niet lukte?</translation>
    </message>
    <message>
        <source>In the next team meeting, name one initiative someone took, whatever its outcome.</source>
        <translation>Noem in het volgende teamoverleg één initiatief dat iemand nam, wat de uitkomst ook was.</translation>
    </message>
</context>
<context>
    <name>rd::coaching::ContextNotShared</name>
    <message numerus="yes">
        <source>No context shared in your last %n one-on-one(s) with %1</source>
        <translation>
            <numerusform>Geen context gedeeld in je laatste gesprek met %1</numerusform>
            <numerusform>Geen context gedeeld in je laatste %n gesprekken met %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowing what is going on (goals, results, decisions) is what lets people make good choices without asking.</source>
        <translation>Wie weet wat er speelt (doelen, resultaten, besluiten), kan zelf goede keuzes maken zonder eerst te hoeven vragen.</translation>
    </message>
    <message>
        <source>What would you like to know more about: our goals, our results or the decisions being made?</source>
        <translation>Waar wil je meer over weten: onze doelen, onze resultaten of de besluiten die genomen worden?</translation>
    </message>
    <message>
        <source>Start your next one-on-one with %1 with five minutes on one goal, one result and one decision.</source>
        <translation>Begin je volgende gesprek met %1 met vijf minuten over één doel, één resultaat en één besluit.</translation>
    </message>
</context>
<context>
    <name>rd::coaching::DecisionOverridden</name>
    <message numerus="yes">
        <source>You overrode %n decision(s) delegated to %1</source>
        <translation>
            <numerusform>Je draaide %n besluit terug dat je aan %1 had gedelegeerd</numerusform>
            <numerusform>Je draaide %n besluiten terug die je aan %1 had gedelegeerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Every override teaches that the room was not real. Trust kept is what makes people decide next time.</source>
        <translation>Elke ingreep leert dat de ruimte niet echt was; alleen als je het vertrouwen waarmaakt, besluiten mensen de volgende keer weer zelf.</translation>
    </message>
    <message>
        <source>How did it feel when I stepped in, and what would you have needed from me instead?</source>
        <translation>Hoe voelde het toen ik ingreep, en wat had je in plaats daarvan van mij nodig gehad?</translation>
    </message>
    <message>
        <source>Next time you want to step in on %1&apos;s decision, ask a question first and agree beforehand when you would intervene.</source>
        <translation>Wil je de volgende keer ingrijpen in een besluit van %1? Stel dan eerst een vraag, en spreek vooraf samen af wanneer je wel ingrijpt.</translation>
    </message>
</context>
<context>
    <name>rd::coaching::DecisionReviewOverdue</name>
    <message numerus="yes">
        <source>%n decision(s) with %1 are past their review date</source>
        <translation>
            <numerusform>Bij %n besluit van %1 is de evaluatiedatum verstreken</numerusform>
            <numerusform>Bij %n besluiten van %1 is de evaluatiedatum verstreken</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, review was due %2</source>
        <translation>%1, evaluatie gepland op %2</translation>
    </message>
    <message>
        <source>Closing the loop makes progress visible and turns a decision into learning, whatever the outcome.</source>
        <translation>Wie de cirkel rondmaakt en het besluit evalueert, maakt voortgang zichtbaar en leert ervan, wat de uitkomst ook is.</translation>
    </message>
    <message>
        <source>How did it turn out, and what would you do the same or differently next time?</source>
        <translation>Hoe pakte het uit, en wat zou je de volgende keer hetzelfde of anders doen?</translation>
    </message>
    <message>
        <source>Review the open decisions with %1 and log their outcome and learning.</source>
        <translation>Evalueer de openstaande besluiten met %1, en leg de uitkomst en het geleerde vast.</translation>
    </message>
</context>
<context>
    <name>rd::coaching::DecisionWithoutBoundaries</name>
    <message numerus="yes">
        <source>%n decision(s) delegated to %1 without boundaries</source>
        <translation>
            <numerusform>%n besluit aan %1 gedelegeerd zonder kaders</numerusform>
            <numerusform>%n besluiten aan %1 gedelegeerd zonder kaders</numerusform>
        </translation>
    </message>
    <message>
        <source>Room without boundaries feels like a test. Knowing the budget, deadline and scope makes it safe to decide on one&apos;s own.</source>
        <translation>Ruimte zonder kaders voelt als een test; wie budget, deadline en reikwijdte kent, kan veilig zelf beslissen.</translation>
    </message>
    <message>
        <source>Which limits do you need to know to decide this on your own?</source>
        <translation>Welke kaders heb je nodig om dit zelf te kunnen beslissen?</translation>
    </message>
    <message>
        <source>Agree the budget, deadline and scope of %1&apos;s open decisions in your next one-on-one.</source>
        <translation>Spreek in je volgende gesprek met %1 het budget, de deadline en de reikwijdte van de openstaande besluiten af.</translation>
    </message>
</context>
<context>
    <name>rd::coaching::DecisionWithoutWhy</name>
    <message numerus="yes">
        <source>%n recent decision(s) for %1 have no why</source>
        <translation>
            <numerusform>%n recent besluit voor %1 heeft geen waarom</numerusform>
            <numerusform>%n recente besluiten voor %1 hebben geen waarom</numerusform>
        </translation>
    </message>
    <message>
        <source>People can only take ownership when they know the goal and why it matters: direction comes before room.</source>
        <translation>Mensen kunnen pas eigenaarschap nemen als ze het doel kennen en weten waarom het ertoe doet: eerst richting, dan ruimte.</translation>
    </message>
    <message>
        <source>What do you see as the goal behind the decisions you are working on, and how would you know they succeeded?</source>
        <translation>Wat zie je als het doel achter de besluiten waar je aan werkt, en waaraan merk je dat ze geslaagd zijn?</translation>
    </message>
    <message>
        <source>Before you delegate the next decision to %1, write down its why together.</source>
        <translation>Schrijf samen met %1 het waarom op voordat je het volgende besluit delegeert.</translation>
    </message>
</context>
<context>
    <name>rd::coaching::EnergyDropping</name>
    <message>
        <source>%1&apos;s energy fell from %2 to %3 over your last one-on-ones</source>
        <translation>De energie van %1 daalde van %2 naar %3 in je laatste gesprekken</translation>
    </message>
    <message>
        <source>%1: energy %2 of 5</source>
        <translation>%1: energie %2 van 5</translation>
    </message>
    <message>
        <source>Energy is what people tell you when they feel safe to. Steer on energy, not only on results: it tells you what the numbers do not.</source>
        <translation>Mensen vertellen pas eerlijk hoe het met hun energie staat als ze zich veilig voelen; stuur daarom op energie, niet alleen op resultaten, want energie vertelt je wat de cijfers verzwijgen.</translation>
    </message>
    <message>
        <source>What gives you energy in your work at the moment, and what costs you energy?</source>
        <translation>Wat geeft je op dit moment energie in je werk, en wat kost je energie?</translation>
    </message>
    <message>
        <source>Ask %1 about their energy first thing in your next 1:1, and listen.</source>
        <translation>Vraag %1 meteen aan het begin van jullie volgende gesprek hoe het met de energie staat, en luister.</translation>
    </message>
</context>
<context>
    <name>rd::coaching::FailedInitiativeUnrecognised</name>
    <message>
        <source>%1 took an initiative that did not fully work, and it is not recognised yet</source>
        <translation>%1 nam een initiatief dat niet helemaal lukte, en dat is nog niet erkend</translation>
    </message>
    <message>
        <source>Recognise the attempt, not only the result. If only successes are noticed, people stop trying.</source>
        <translation>Erken de poging, niet alleen het resultaat: als alleen successen opvallen, houden mensen op met proberen.</translation>
    </message>
    <message>
        <source>What did you learn from it, and what would you try next?</source>
        <translation>Wat heb je ervan geleerd, en wat zou je hierna proberen?</translation>
    </message>
    <message>
        <source>Thank %1 for taking the initiative, explicitly, before you discuss the outcome.</source>
        <translation>Bedank %1 uitdrukkelijk voor het initiatief, nog voordat je de uitkomst bespreekt.</translation>
    </message>
</context>
<context>
    <name>rd::coaching::InitiativeUnrecognised</name>
    <message numerus="yes">
        <source>%n initiative(s) by %1 not recognised yet</source>
        <translation>
            <numerusform>%n initiatief van %1 nog niet erkend</numerusform>
            <numerusform>%n initiatieven van %1 nog niet erkend</numerusform>
        </translation>
    </message>
    <message>
        <source>Initiative that goes unnoticed fades. Recognising it is how a culture of ownership grows.</source>
        <translation>Initiatief dat niemand opmerkt, dooft uit; met erkenning groeit een cultuur van eigenaarschap.</translation>
    </message>
    <message>
        <source>What made you decide to pick this up yourself?</source>
        <translation>Wat gaf voor jou de doorslag om dit zelf op te pakken?</translation>
    </message>
    <message>
        <source>Tell %1 what their initiative made possible, in the one-on-one or in front of the team.</source>
        <translation>Vertel %1 wat het initiatief mogelijk maakte, in het gesprek of waar het team bij is.</translation>
    </message>
</context>
<context>
    <name>rd::coaching::LevelStuck</name>
    <message numerus="yes">
        <source>All %n recent decision(s) with %1 stayed at level %2 (%3) or below</source>
        <translation>
            <numerusform>Het recente besluit met %1 bleef op niveau %2 (%3) of lager</numerusform>
            <numerusform>Alle %n recente besluiten met %1 bleven op niveau %2 (%3) of lager</numerusform>
        </translation>
    </message>
    <message>
        <source>When you keep deciding yourself, people stop bringing solutions. A small step up the delegation levels builds ownership.</source>
        <translation>Wie zelf blijft beslissen, krijgt geen oplossingen meer aangedragen; met een kleine stap omhoog op de delegatieniveaus groeit het eigenaarschap.</translation>
    </message>
    <message>
        <source>Which of these decisions could you have taken yourself, with my advice?</source>
        <translation>Welke van deze besluiten had je zelf kunnen nemen, met mijn advies?</translation>
    </message>
    <message>
        <source>Pick one area and delegate the next decision in it to %1 at level advise.</source>
        <translation>Kies één beslisgebied, en delegeer het volgende besluit daarin aan %1 op niveau 5 (Adviseren).</translation>
    </message>
</context>
<context>
    <name>rd::coaching::ManagerActionsOverdue</name>
    <message>
        <source>&quot;%1&quot;, agreed %2, due %3</source>
        <translation>‘%1’, afgesproken %2, uiterlijk %3</translation>
    </message>
    <message numerus="yes">
        <source>%n of your own action(s) for %1 are overdue</source>
        <translation>
            <numerusform>%n eigen actie voor %1 is over tijd</numerusform>
            <numerusform>%n eigen acties voor %1 zijn over tijd</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeping your own promises is the most visible form of transparency. People take their commitments as seriously as you take yours.</source>
        <translation>Je eigen toezeggingen nakomen is de meest zichtbare vorm van transparantie: mensen nemen hun afspraken net zo serieus als jij de jouwe.</translation>
    </message>
    <message>
        <source>Is there anything you are waiting on from me that holds you back?</source>
        <translation>Wacht je nog ergens op van mij, waardoor je niet verder kunt?</translation>
    </message>
    <message>
        <source>Finish or renegotiate your overdue actions for %1 before your next 1:1.</source>
        <translation>Rond je openstaande acties voor %1 af, of maak er nieuwe afspraken over, vóór jullie volgende gesprek.</translation>
    </message>
</context>
<context>
    <name>rd::coaching::NoDelegationAgreement</name>
    <message>
        <source>No delegation agreement with %1 yet</source>
        <translation>Nog geen delegatieafspraak met %1</translation>
    </message>
    <message numerus="yes">
        <source>Joined %1, %n day(s) ago; no cell on the delegation board.</source>
        <translation>
            <numerusform>In het team sinds %1, %n dag geleden; geen vak op het delegatiebord.</numerusform>
            <numerusform>In het team sinds %1, %n dagen geleden; geen vak op het delegatiebord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trust becomes concrete when you agree, per decision area, how much room someone has. Without it they have to guess.</source>
        <translation>Vertrouwen wordt concreet als je per beslisgebied afspreekt hoeveel ruimte iemand heeft; zonder die afspraak blijft het gissen.</translation>
    </message>
    <message>
        <source>In which areas would you like to decide more yourself, and where do you want me involved?</source>
        <translation>Over welke gebieden wil je meer zelf beslissen, en waarbij wil je mij betrekken?</translation>
    </message>
    <message>
        <source>Fill in two or three areas of the delegation board together with %1.</source>
        <translation>Vul samen met %1 twee of drie beslisgebieden op het delegatiebord in.</translation>
    </message>
</context>
<context>
    <name>rd::coaching::NoMistakesDiscussed</name>
    <message numerus="yes">
        <source>No mistake or setback discussed in your last %n one-on-one(s) with %1</source>
        <translation>
            <numerusform>Geen fout of tegenslag besproken in je laatste gesprek met %1</numerusform>
            <numerusform>Geen fout of tegenslag besproken in je laatste %n gesprekken met %1</numerusform>
        </translation>
    </message>
    <message>
        <source>When mistakes never come up, they are being hidden, not avoided. Talking about them safely is how a team learns.</source>
        <translation>Als fouten nooit ter sprake komen, worden ze niet vermeden maar verborgen; een team leert pas als het er veilig over kan praten.</translation>
    </message>
    <message>
        <source>What did not go as planned lately, and what did you learn from it?</source>
        <translation>Wat liep er onlangs anders dan gepland, en wat heb je ervan geleerd?</translation>
    </message>
    <message>
        <source>Share one mistake of your own with %1 first, and what you learned from it.</source>
        <translation>Vertel %1 eerst over een fout van jezelf, en over wat je ervan geleerd hebt.</translation>
    </message>
</context>
<context>
    <name>rd::coaching::OneOnOneOverdue</name>
    <message numerus="yes">
        <source>%n day(s) since your last one-on-one with %1</source>
        <translation>
            <numerusform>%n dag sinds je laatste gesprek met %1</numerusform>
            <numerusform>%n dagen sinds je laatste gesprek met %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No one-on-one held since %1 joined on %2.</source>
        <translation>Nog geen gesprek gehouden sinds %1 op %2 begon.</translation>
    </message>
    <message>
        <source>Last held one-on-one: %1.</source>
        <translation>Laatst gehouden gesprek: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Agreed rhythm: every %n day(s).</source>
        <translation>
            <numerusform>Afgesproken ritme: elke dag.</numerusform>
            <numerusform>Afgesproken ritme: elke %n dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A steady rhythm says: your questions matter to me. When one-on-ones slip, people stop saving things up for them.</source>
        <translation>Een vast ritme zegt: jouw vragen doen ertoe; vallen de gesprekken steeds weg, dan bewaren mensen er ook niets meer voor op.</translation>
    </message>
    <message>
        <source>What has happened since we last spoke that I should know about?</source>
        <translation>Wat is er sinds ons vorige gesprek gebeurd dat ik zou moeten weten?</translation>
    </message>
    <message>
        <source>Book your next one-on-one with %1 this week, and keep it.</source>
        <translation>Plan deze week je volgende gesprek met %1, en laat het dan ook doorgaan.</translation>
    </message>
    <message numerus="yes">
        <source>No one-on-one with %1 yet, %n day(s) after they joined</source>
        <translation>
            <numerusform>Nog geen gesprek met %1, %n dag na de start</numerusform>
            <numerusform>Nog geen gesprek met %1, %n dagen na de start</numerusform>
        </translation>
    </message>
    <message>
        <source>What would you like our one-on-ones to be about?</source>
        <translation>Waar wil je dat onze gesprekken over gaan?</translation>
    </message>
    <message>
        <source>Book your first one-on-one with %1 this week, and keep it.</source>
        <translation>Plan deze week je eerste gesprek met %1, en laat het dan ook doorgaan.</translation>
    </message>
</context>
<context>
    <name>rd::coaching::OneOnOnesCancelled</name>
    <message>
        <source>%1 of your last %2 one-on-ones with %3 were cancelled</source>
        <translation>%1 van je laatste %2 gesprekken met %3 zijn afgezegd</translation>
    </message>
    <message>
        <source>A cancelled one-on-one tells someone that everything else comes first. Moving it is better than dropping it.</source>
        <translation>Een afgezegd gesprek zegt dat al het andere voorgaat; verzetten is beter dan laten vallen.</translation>
    </message>
    <message>
        <source>Does our one-on-one still work for you in this form and at this time?</source>
        <translation>Werkt ons gesprek in deze vorm en op dit tijdstip nog voor je?</translation>
    </message>
    <message>
        <source>Move instead of cancel: give %1&apos;s next one-on-one a fixed slot you protect.</source>
        <translation>Verzet in plaats van af te zeggen: geef het volgende gesprek met %1 een vast moment in je agenda, en houd dat vrij.</translation>
    </message>
</context>
<context>
    <name>rd::coaching::RecognitionGap</name>
    <message numerus="yes">
        <source>No recognition for %1 in the last %n day(s)</source>
        <translation>
            <numerusform>Geen erkenning voor %1 in de afgelopen dag</numerusform>
            <numerusform>Geen erkenning voor %1 in de afgelopen %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Last recognition: %1.</source>
        <translation>Laatste erkenning: %1.</translation>
    </message>
    <message>
        <source>Never recognised since joining on %1.</source>
        <translation>Nog geen erkenning gekregen sinds de start op %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n other team member(s) were recognised in the same period.</source>
        <translation>
            <numerusform>%n ander teamlid kreeg in dezelfde periode wel erkenning.</numerusform>
            <numerusform>%n andere teamleden kregen in dezelfde periode wel erkenning.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone contributes something worth naming. A gap in recognition is easily read as a gap in appreciation.</source>
        <translation>Iedereen draagt iets bij dat het benoemen waard is; wie lang geen erkenning krijgt, denkt al snel dat die bijdrage niet gezien wordt.</translation>
    </message>
    <message>
        <source>What are you proud of from the last few weeks?</source>
        <translation>Waar ben je trots op van de afgelopen weken?</translation>
    </message>
    <message>
        <source>Look for one thing %1 did well this week and tell them what it made possible.</source>
        <translation>Zoek één ding dat %1 deze week goed deed, en benoem wat het mogelijk maakte.</translation>
    </message>
</context>
<context>
    <name>rd::coaching::TalkShareHigh</name>
    <message>
        <source>You did %1 of the talking in your 1:1s with %2</source>
        <translation>Je had %1 van de spreektijd in je gesprekken met %2</translation>
    </message>
    <message>
        <source>%1: your talk share %2</source>
        <translation>%1: je spreektijd %2</translation>
    </message>
    <message>
        <source>A one-on-one is their meeting. When you talk most, you steer; when you listen, you facilitate.</source>
        <translation>Een 1-op-1-gesprek is van het teamlid: wie het meest praat, stuurt, en wie luistert, faciliteert.</translation>
    </message>
    <message>
        <source>What is on your mind that we have not talked about yet?</source>
        <translation>Wat houdt je bezig waar we het nog niet over gehad hebben?</translation>
    </message>
    <message>
        <source>In your next 1:1 with %1, ask an open question and wait until they have finished before you answer.</source>
        <translation>Stel in je volgende gesprek met %1 een open vraag, en wacht tot %1 is uitgesproken voordat je reageert.</translation>
    </message>
</context>
<context>
    <name>rd::coaching::TrustGrowing</name>
    <message>
        <source>Mean decision level rose from %1 to %2 (%3 and %4 decisions).</source>
        <translation>Het gemiddelde delegatieniveau steeg van %1 naar %2 (%3 en %4 besluiten).</translation>
    </message>
    <message>
        <source>%1 · board cell %2 raised from %3 to %4</source>
        <translation>%1 · vak %2 op het delegatiebord verhoogd van %3 naar %4</translation>
    </message>
    <message>
        <source>You are giving %1 more room</source>
        <translation>Je geeft %1 meer ruimte</translation>
    </message>
    <message>
        <source>Growing trust deserves to be noticed by both of you: naming it makes the new room real and shows the path from control to facilitation.</source>
        <translation>Groeiend vertrouwen verdient de aandacht van jullie allebei: door het te benoemen wordt de nieuwe ruimte echt en zie je hoe je van controleren naar faciliteren gaat.</translation>
    </message>
    <message>
        <source>How does the extra room feel, and where would you like to grow next?</source>
        <translation>Hoe voelt de extra ruimte, en waar wil je hierna in groeien?</translation>
    </message>
    <message>
        <source>Acknowledge the step with %1 and agree what the next area could be.</source>
        <translation>Sta samen met %1 stil bij deze stap, en spreek af welk beslisgebied het volgende kan zijn.</translation>
    </message>
</context>
<context>
    <name>rd::ui::ActionsModel</name>
    <message>
        <source>No due date</source>
        <translation>Geen uiterste datum</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag over tijd</numerusform>
            <numerusform>%n dagen over tijd</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moved %n time(s), first due %1</source>
        <translation>
            <numerusform>%n keer verzet, eerst afgesproken voor %1</numerusform>
            <numerusform>%n keer verzet, eerst afgesproken voor %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Agreed in the 1:1 of</source>
        <translation>Afgesproken in het gesprek van</translation>
    </message>
    <message numerus="yes">
        <source>%n×</source>
        <translation>
            <numerusform>%n×</numerusform>
            <numerusform>%n×</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n time(s); first due %1</source>
        <translation>
            <numerusform>%n keer verzet; oorspronkelijk %1</numerusform>
            <numerusform>%n keer verzet; oorspronkelijk %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verzet</translation>
    </message>
</context>
<context>
    <name>rd::ui::ActionsPage</name>
    <message>
        <source>Open actions</source>
        <translation>Open actiepunten</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>&amp;Afvinken</translation>
    </message>
    <message>
        <source>Closes the selected actions as done today</source>
        <translation>Vinkt de gekozen actiepunten af, vandaag afgerond</translation>
    </message>
    <message>
        <source>New d&amp;ue date…</source>
        <translation>&amp;Nieuwe datum…</translation>
    </message>
    <message>
        <source>Agree a new due date for the selected actions; the move is recorded</source>
        <translation>Spreek een nieuwe uiterste datum af voor de gekozen actiepunten; het verzetten wordt bewaard</translation>
    </message>
    <message>
        <source>Show the &amp;one-on-one</source>
        <translation>&amp;Gesprek tonen</translation>
    </message>
    <message>
        <source>Shows the one-on-one the action was agreed in</source>
        <translation>Toont het gesprek waarin het actiepunt is afgesproken</translation>
    </message>
    <message>
        <source>No open actions. The actions you agree in a one-on-one, yours and theirs, appear here until they are done.</source>
        <translation>Geen open actiepunten. De actiepunten die je in een gesprek afspreekt, die van jou en die van je teamlid, staan hier tot ze zijn afgerond.</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s), none overdue.</source>
        <translation>
            <numerusform>%n open actiepunt, geen over tijd.</numerusform>
            <numerusform>%n open actiepunten, geen over tijd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s), %1 overdue: tick what is done, or agree a new date.</source>
        <translation>
            <numerusform>%n open actiepunt, %1 over tijd: vink af wat klaar is, of spreek een nieuwe datum af.</numerusform>
            <numerusform>%n open actiepunten, %1 over tijd: vink af wat klaar is, of spreek een nieuwe datum af.</numerusform>
        </translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nieuwe uiterste datum</translation>
    </message>
    <message>
        <source>Renegotiating is a legitimate outcome: the first agreed date is kept with the action.</source>
        <translation>Opnieuw afspreken is een volwaardige uitkomst: de eerst afgesproken datum blijft bij het actiepunt bewaard.</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>&amp;Uiterlijk op</translation>
    </message>
</context>
<context>
    <name>rd::ui::BoardPage</name>
    <message>
        <source>Add decision area</source>
        <translation>Beslisgebied toevoegen</translation>
    </message>
    <message>
        <source>Decision area:</source>
        <translation>Beslisgebied:</translation>
    </message>
    <message>
        <source>Delegation board: decision areas by team member</source>
        <translation>Delegatiebord: beslisgebieden per teamlid</translation>
    </message>
    <message>
        <source>History of the selected cell</source>
        <translation>Geschiedenis van het gekozen vak</translation>
    </message>
    <message>
        <source>Add decision &amp;area…</source>
        <translation>Beslis&amp;gebied toevoegen…</translation>
    </message>
    <message>
        <source>From control to facilitation:</source>
        <translation>Van controleren naar faciliteren:</translation>
    </message>
    <message>
        <source>Double-click a cell to agree a new level; earlier agreements stay in its history.</source>
        <translation>Dubbelklik op een vak om een nieuw niveau af te spreken; eerdere afspraken blijven in de geschiedenis bewaard.</translation>
    </message>
    <message>
        <source>No level agreed yet with %1 for %2. Double-click the cell to agree one.</source>
        <translation>Met %1 is voor %2 nog geen niveau afgesproken. Dubbelklik op het vak om er een af te spreken.</translation>
    </message>
    <message>
        <source>Choose a cell to see every level agreed for it, newest first.</source>
        <translation>Kies een vak om elk niveau te zien dat ervoor is afgesproken, het nieuwste eerst.</translation>
    </message>
</context>
<context>
    <name>rd::ui::CalendarImportDialog</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nieuw</numerusform>
            <numerusform>%n nieuw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n gewijzigd</numerusform>
            <numerusform>%n gewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already planned</source>
        <translation>
            <numerusform>%n al gepland</numerusform>
            <numerusform>%n al gepland</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already logged</source>
        <translation>
            <numerusform>%n al vastgelegd</numerusform>
            <numerusform>%n al vastgelegd</numerusform>
        </translation>
    </message>
    <message>
        <source>left out</source>
        <translation>weggelaten</translation>
    </message>
    <message>
        <source>Import a calendar file</source>
        <translation>Agendabestand importeren</translation>
    </message>
    <message>
        <source>Each event is matched to a team member by a name in its title or among its attendees. Check the matches, choose someone for an event nobody matched, or leave it out. Only the day, the time and the length are kept; never a description.</source>
        <translation>Elke afspraak wordt aan een teamlid gekoppeld via een naam in de titel of bij de deelnemers. Controleer de koppelingen, kies iemand voor een afspraak zonder koppeling, of laat die weg. Alleen de dag, het tijdstip en de duur worden bewaard, nooit een beschrijving.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(geen titel)</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) from %1</source>
        <translation>
            <numerusform>%n keer, vanaf %1</numerusform>
            <numerusform>%n keer, vanaf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Team member for %1</source>
        <translation>Teamlid voor %1</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Weglaten</translation>
    </message>
    <message>
        <source>Nothing to plan</source>
        <translation>Niets te plannen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Plan %n one-on-one(s)</source>
        <translation>
            <numerusform>%n gesprek &amp;plannen</numerusform>
            <numerusform>%n gesprekken &amp;plannen</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no events in the coming six months.</source>
        <translation>Het bestand bevat geen afspraken in de komende zes maanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the coming six months.</source>
        <translation>
            <numerusform>%n afspraak in de komende zes maanden.</numerusform>
            <numerusform>%n afspraken in de komende zes maanden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::ChartPanel</name>
    <message>
        <source>Could not save the chart to %1.</source>
        <translation>Kon de grafiek niet opslaan in %1.</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Grafiek opslaan als PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Opslaan als PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Deze grafiek opslaan als PNG-afbeelding</translation>
    </message>
    <message>
        <source>Save %1 as PNG</source>
        <translation>%1 opslaan als PNG</translation>
    </message>
</context>
<context>
    <name>rd::ui::CoachingReport</name>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>Coaching report</source>
        <translation>Coachingsrapport</translation>
    </message>
    <message>
        <source>Summary: what improved and what to work on next</source>
        <translation>Samenvatting: wat verbeterde en waar je hierna aan kunt werken</translation>
    </message>
    <message>
        <source>Facilitation index</source>
        <translation>Faciliteringsindex</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegatie</translation>
    </message>
    <message>
        <source>Recognition and rhythm</source>
        <translation>Erkenning en ritme</translation>
    </message>
    <message>
        <source>Follow-through on signals</source>
        <translation>Opvolging van signalen</translation>
    </message>
    <message>
        <source>Open signals by lever</source>
        <translation>Open signalen per hefboom</translation>
    </message>
    <message>
        <source>Journal of signals marked done</source>
        <translation>Leerlogboek: afgeronde signalen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Hele team</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>Rode Draad coaching report</source>
        <translation>Rode Draad-coachingsrapport</translation>
    </message>
    <message>
        <source>Rode Draad · coaching report · %1 · %2</source>
        <translation>Rode Draad · coachingsrapport · %1 · %2</translation>
    </message>
    <message>
        <source>From control to facilitation</source>
        <translation>Van controleren naar faciliteren</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Voor: %1</translation>
    </message>
    <message>
        <source>Facilitation index: %1 in the first quarter, %2 in the last (%3).</source>
        <translation>Faciliteringsindex: %1 in het eerste kwartaal, %2 in het laatste (%3).</translation>
    </message>
    <message>
        <source>The figures describe what the manager does (how much they talk, how far they delegate, whether they recognise attempts), never how team members score. Measure to learn, not to control.</source>
        <translation>De cijfers beschrijven wat de leidinggevende doet (hoeveel die praat, hoe ver die delegeert, of die pogingen erkent), nooit hoe teamleden scoren. Niet meten om te beheersen, maar meten om te leren.</translation>
    </message>
    <message>
        <source>Anonymised: names are replaced by letters, and notes, summaries, titles, descriptions and reflections are left out. Only figures and rule ids remain.</source>
        <translation>Geanonimiseerd: namen zijn vervangen door letters, en notities, samenvattingen, titels, beschrijvingen en reflecties zijn weggelaten. Alleen cijfers en regel-id’s blijven over.</translation>
    </message>
    <message>
        <source>First quarter: %1 to %2. Last quarter: %3 to %4.</source>
        <translation>Eerste kwartaal: %1 tot en met %2. Laatste kwartaal: %3 tot en met %4.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>First quarter</source>
        <translation>Eerste kwartaal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Laatste kwartaal</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>What improved</source>
        <translation>Wat verbeterde</translation>
    </message>
    <message>
        <source>No component rose by %1 points or more.</source>
        <translation>Geen onderdeel steeg met %1 punten of meer.</translation>
    </message>
    <message>
        <source>What to work on next</source>
        <translation>Waar je hierna aan kunt werken</translation>
    </message>
    <message>
        <source>Not enough data yet.</source>
        <translation>Nog niet genoeg gegevens.</translation>
    </message>
    <message>
        <source>Index per person</source>
        <translation>Index per teamlid</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Teamlid</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Raised counts each signal once, in the month it first appeared. Done, snoozed and dismissed count what the manager did with signals that month.</source>
        <translation>Nieuw telt elk signaal één keer, in de maand waarin het voor het eerst verscheen. Afgerond, uitgesteld en niet relevant tellen wat de leidinggevende die maand met de signalen deed.</translation>
    </message>
    <message>
        <source>Ask:</source>
        <translation>Vraag:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Stap:</translation>
    </message>
    <message>
        <source>No open signals.</source>
        <translation>Geen open signalen.</translation>
    </message>
    <message>
        <source>No signals were marked done in this period.</source>
        <translation>In deze periode is geen signaal afgerond.</translation>
    </message>
    <message numerus="yes">
        <source>The ten biggest rises and the ten biggest falls of %n team members.</source>
        <translation>
            <numerusform>De tien grootste stijgingen en de tien grootste dalingen bij %n teamlid.</numerusform>
            <numerusform>De tien grootste stijgingen en de tien grootste dalingen bij %n teamleden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open signals, grouped by rule.</source>
        <translation>
            <numerusform>%n open signaal, gegroepeerd per regel.</numerusform>
            <numerusform>%n open signalen, gegroepeerd per regel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::DateDelegate</name>
    <message>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <source>Delete leaves the date empty.</source>
        <translation>Met Delete maak je de datum leeg.</translation>
    </message>
</context>
<context>
    <name>rd::ui::DateField</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 … (for example t, +3d, +1w, +2m)</source>
        <translation>%1 … (bijvoorbeeld v, +3d, +1w, +2m)</translation>
    </message>
    <message>
        <source>“%1” is not a date: type t for today, or +3d, +1w, +2m.</source>
        <translation>“%1” is geen datum: typ v voor vandaag, of +3d, +1w, +2m.</translation>
    </message>
</context>
<context>
    <name>rd::ui::DecisionDialog</name>
    <message>
        <source>Review on</source>
        <translation>Evalueren op</translation>
    </message>
    <message>
        <source>I overrode this decision or took it back</source>
        <translation>Ik heb dit besluit teruggedraaid of weer overgenomen</translation>
    </message>
    <message>
        <source>Delegated decision</source>
        <translation>Gedelegeerd besluit</translation>
    </message>
    <message>
        <source>Direction: what is the goal, and why does it matter?</source>
        <translation>Richting: wat is het doel, en waarom doet het ertoe?</translation>
    </message>
    <message>
        <source>Room: within which boundaries (budget, deadline, scope)?</source>
        <translation>Ruimte: binnen welke kaders (budget, deadline, reikwijdte)?</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teamlid</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Decision area</source>
        <translation>Beslisgebied</translation>
    </message>
    <message>
        <source>Delegation level</source>
        <translation>Delegatieniveau</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Kaders</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Evaluatiedatum</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Tussentijdse checks</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Geleerd</translation>
    </message>
    <message>
        <source>&amp;Team member</source>
        <translation>&amp;Teamlid</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>D&amp;ecision</source>
        <translation>B&amp;esluit</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>Beslis&amp;gebied</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>&amp;Why (direction)</source>
        <translation>&amp;Waarom (richting)</translation>
    </message>
    <message>
        <source>&amp;Boundaries (room)</source>
        <translation>&amp;Kaders (ruimte)</translation>
    </message>
    <message>
        <source>&amp;Check-ins so far</source>
        <translation>Tussentijdse &amp;checks tot nu toe</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Uitkomst</translation>
    </message>
    <message>
        <source>What was lea&amp;rned</source>
        <translation>Wat is er ge&amp;leerd</translation>
    </message>
    <message>
        <source>From control (1) to facilitation (7):</source>
        <translation>Van controleren (1) naar faciliteren (7):</translation>
    </message>
    <message>
        <source>Add a team member first.</source>
        <translation>Voeg eerst een teamlid toe.</translation>
    </message>
</context>
<context>
    <name>rd::ui::Dialogs</name>
    <message>
        <source>%1 must be from %2 to %3, not %4.</source>
        <translation>%1 moet van %2 tot en met %3 zijn, niet %4.</translation>
    </message>
</context>
<context>
    <name>rd::ui::EntriesPage</name>
    <message>
        <source>L&amp;og one-on-one…</source>
        <translation>Gesprek vast&amp;leggen…</translation>
    </message>
    <message>
        <source>One-on-ones</source>
        <translation>1-op-1-gesprekken</translation>
    </message>
    <message>
        <source>L&amp;og decision…</source>
        <translation>Besluit vast&amp;leggen…</translation>
    </message>
    <message>
        <source>Delegated decisions</source>
        <translation>Gedelegeerde besluiten</translation>
    </message>
    <message>
        <source>L&amp;og initiative…</source>
        <translation>Initiatief vast&amp;leggen…</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filteren…</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>De tabel filteren</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bew&amp;erken…</translation>
    </message>
    <message>
        <source>Copy shared summary</source>
        <translation>Deelbare samenvatting kopiëren</translation>
    </message>
    <message>
        <source>Copies only the summary you may share, never your private notes</source>
        <translation>Kopieert alleen de deelbare samenvatting, nooit je privénotities</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Details van de gekozen registratie</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n registratie</numerusform>
            <numerusform>%n registraties</numerusform>
        </translation>
    </message>
    <message>
        <source>One-on-one with %1 on %2</source>
        <translation>Gesprek met %1 op %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Your talk share</source>
        <translation>Je spreektijd</translation>
    </message>
    <message>
        <source>Their energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 van 5</translation>
    </message>
    <message>
        <source>Context shared</source>
        <translation>Context gedeeld</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Mistake discussed</source>
        <translation>Fout besproken</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>niet besproken</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>afgerond %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Shared summary (may be shared)</source>
        <translation>Deelbare samenvatting</translation>
    </message>
    <message>
        <source>Private notes (only for you)</source>
        <translation>Privénotities (alleen voor jou)</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teamlid</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Beslisgebied</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Why (direction)</source>
        <translation>Waarom (richting)</translation>
    </message>
    <message>
        <source>Boundaries (room)</source>
        <translation>Kaders (ruimte)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Tussentijdse checks</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Teruggedraaid</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Geleerd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Erkend</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>Select an entry to see its details. Double-click to edit it.</source>
        <translation>Kies een registratie om de details te zien. Dubbelklik om te bewerken.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>Add a team member first: Team › Add team member</source>
        <translation>Voeg eerst een teamlid toe: Team › Teamlid toevoegen</translation>
    </message>
</context>
<context>
    <name>rd::ui::EntryTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teamlid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Agendapunten</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Open actiepunten</translation>
    </message>
    <message>
        <source>Shared summary</source>
        <translation>Deelbare samenvatting</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Beslisgebied</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Wat het teamlid deed</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Erkend</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>Talk share</source>
        <translation>Spreektijd</translation>
    </message>
</context>
<context>
    <name>rd::ui::HomeView</name>
    <message>
        <source>Next one-on-ones</source>
        <translation>Volgende gesprekken</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teamlid</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Open punten</translation>
    </message>
    <message>
        <source>Next one-on-ones, overdue first</source>
        <translation>Volgende gesprekken, de late eerst</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>V&amp;oorbereiden</translation>
    </message>
    <message>
        <source>Start &amp;one-on-one</source>
        <translation>Gesprek &amp;starten</translation>
    </message>
    <message>
        <source>Focus this week</source>
        <translation>Focus deze week</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Wat goed ging</translation>
    </message>
    <message>
        <source>Add &amp;your first team member…</source>
        <translation>Je eerste team&amp;lid toevoegen…</translation>
    </message>
    <message>
        <source>Last one-on-one: %1</source>
        <translation>Laatste gesprek: %1</translation>
    </message>
    <message>
        <source>No one-on-one yet</source>
        <translation>Nog geen gesprek</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Het team</translation>
    </message>
    <message numerus="yes">
        <source>evidence from %1, older than %n day(s)</source>
        <translation>
            <numerusform>onderbouwing van %1, ouder dan %n dag</numerusform>
            <numerusform>onderbouwing van %1, ouder dan %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>evidence from %1</source>
        <translation>onderbouwing van %1</translation>
    </message>
    <message>
        <source>Evidence, question and step</source>
        <translation>Onderbouwing, vraag en stap</translation>
    </message>
    <message>
        <source>Nothing pressing: the open signals are acknowledgements.</source>
        <translation>Niets dringends: de open signalen zijn erkenningen.</translation>
    </message>
    <message>
        <source>No signals yet. They appear once the logs show a pattern: a one-on-one that slips past one and a half times its rhythm, decisions without a why, an initiative nobody recognised. Log your one-on-ones, decisions and initiatives as they happen.</source>
        <translation>Nog geen signalen. Die verschijnen zodra je vastleggingen een patroon laten zien: een gesprek dat anderhalve keer later is dan afgesproken, besluiten zonder waarom, een initiatief dat niemand erkende. Leg je gesprekken, besluiten en initiatieven vast zodra ze plaatsvinden.</translation>
    </message>
    <message>
        <source>All si&amp;gnals (%1)</source>
        <translation>Alle si&amp;gnalen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing in the last %n day(s) yet: recognise an initiative, or log a delegated decision that went well.</source>
        <translation>
            <numerusform>Nog niets in de afgelopen dag: geef erkenning voor een initiatief, of leg een gedelegeerd besluit vast dat goed uitpakte.</numerusform>
            <numerusform>Nog niets in de afgelopen %n dagen: geef erkenning voor een initiatief, of leg een gedelegeerd besluit vast dat goed uitpakte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every signal is handled for now. New ones appear as your logs show a pattern.</source>
        <translation>Alle signalen zijn voorlopig afgehandeld. Nieuwe verschijnen zodra je vastleggingen een patroon laten zien.</translation>
    </message>
    <message>
        <source>Loading your logs…</source>
        <translation>Je vastleggingen worden geladen…</translation>
    </message>
    <message>
        <source>Working out this week’s signals…</source>
        <translation>De signalen van deze week worden bepaald…</translation>
    </message>
    <message>
        <source>Planned. Their rhythm suggests %1.</source>
        <translation>Gepland. Volgens het ritme zou het %1 zijn.</translation>
    </message>
</context>
<context>
    <name>rd::ui::HowItWorks</name>
    <message>
        <source>Say what trust means here: for each person and each decision area, agree where they have room to decide and where boundaries are needed. The delegation board holds those agreements, and the date each was made.</source>
        <translation>Maak duidelijk wat vertrouwen hier betekent: spreek per teamlid en per beslisgebied af waar de ruimte voor autonomie ligt en waar kaders nodig zijn. Het delegatiebord legt die afspraken vast, met de datum waarop je ze maakte.</translation>
    </message>
    <message>
        <source>Good managers steer not only on figures but on behaviour, energy and direction. Ask rather than tell, listen more than you talk, and let the team member own the agenda of the one-on-one. Coaching replaces control.</source>
        <translation>Goede leidinggevenden sturen niet alleen op cijfers, maar op gedrag, energie en richting. Vraag in plaats van te vertellen, luister meer dan je praat en laat de agenda van het gesprek bij het teamlid. Coaching vervangt controle.</translation>
    </message>
    <message>
        <source>Share goals, results and decisions: knowing what is going on creates commitment. Give each decision its why and its boundaries, close the loop on what you agreed, and keep your own promises.</source>
        <translation>Deel informatie over doelen, resultaten en besluiten: weten wat er speelt zorgt voor betrokkenheid. Leg bij elk besluit uit waarom en binnen welke kaders, kom terug op wat je afsprak en kom je eigen toezeggingen na.</translation>
    </message>
    <message>
        <source>Recognise the people who take responsibility, also when it did not work out at once. Recognising only work done as asked teaches compliance; recognising initiative strengthens the culture you want.</source>
        <translation>Geef erkenning aan wie verantwoordelijkheid neemt, ook als dat niet meteen perfect gaat. Wie alleen erkenning geeft voor werk dat gedaan is zoals gevraagd, leert mensen vooral te doen wat gevraagd wordt; erkenning voor initiatief versterkt de cultuur die je wilt.</translation>
    </message>
    <message>
        <source>Discussing a mistake must never be a risk. Talk about setbacks as something to learn from, and never punish a failed attempt by taking the room back: where it is safe, learning grows into improving by itself.</source>
        <translation>Fouten bespreken mag geen risico zijn. Bespreek tegenvallers als iets om van te leren, en straf een mislukte poging nooit af door de ruimte terug te nemen: in een veilige omgeving groeit leren vanzelf uit tot verbeteren.</translation>
    </message>
    <message>
        <source>Safety rules the law sets: you decide, and you explain why.</source>
        <translation>Veiligheidsregels die de wet oplegt: jij besluit, en je legt uit waarom.</translation>
    </message>
    <message>
        <source>A reorganisation decided above you: you decide, and win them over to it.</source>
        <translation>Een reorganisatie waartoe boven je is besloten: jij besluit, en je zoekt draagvlak.</translation>
    </message>
    <message>
        <source>Choosing a new supplier: you ask for their view, then decide.</source>
        <translation>Een nieuwe leverancier kiezen: je vraagt wat het teamlid ervan vindt en besluit dan zelf.</translation>
    </message>
    <message>
        <source>The team&apos;s holiday rota: you decide together.</source>
        <translation>Het vakantierooster van het team: jullie besluiten samen.</translation>
    </message>
    <message>
        <source>How a project is planned: you give advice, they decide.</source>
        <translation>Hoe een project wordt gepland: jij geeft advies, het teamlid besluit.</translation>
    </message>
    <message>
        <source>Answering a customer&apos;s complaint: they decide and tell you afterwards.</source>
        <translation>Een klacht van een klant beantwoorden: het teamlid besluit en vertelt het je achteraf.</translation>
    </message>
    <message>
        <source>How they organise their own working week: entirely theirs.</source>
        <translation>Hoe iemand de eigen werkweek indeelt: helemaal aan het teamlid.</translation>
    </message>
    <message>
        <source>The share of agenda items the team member raised. It rises when they bring their own topics (60% or more is the aim) and falls when you set the agenda.</source>
        <translation>Het deel van de agendapunten dat het teamlid inbracht. Het stijgt als het teamlid eigen onderwerpen meebrengt (60% of meer is het doel) en daalt als jij de agenda bepaalt.</translation>
    </message>
    <message>
        <source>100 minus your estimated share of the talking in one-on-ones. It rises when you ask and listen, and falls when you do most of the talking.</source>
        <translation>100 min je geschatte spreektijd in gesprekken. Het stijgt als je vraagt en luistert, en daalt als je zelf het meeste praat.</translation>
    </message>
    <message>
        <source>How far the month&apos;s decisions were delegated: 0 when you told them all, 100 when you delegated them all fully. It rises with every decision left to them.</source>
        <translation>Hoe ver de besluiten van die maand gedelegeerd zijn: 0 als je ze allemaal zelf nam en vertelde, 100 als je ze allemaal volledig delegeerde. Het stijgt met elk besluit dat je bij het teamlid laat.</translation>
    </message>
    <message>
        <source>The share of decisions you did not override or take back. Every decision you took back lowers it.</source>
        <translation>Het deel van de besluiten dat je niet terugdraaide. Elke ingreep verlaagt het.</translation>
    </message>
    <message>
        <source>The share of your recognitions that rewarded initiative rather than work done as asked. It rises when you recognise someone who took responsibility.</source>
        <translation>Het deel van je erkenningen dat initiatief beloonde in plaats van werk dat gedaan is zoals gevraagd. Het stijgt als je erkenning geeft aan iemand die verantwoordelijkheid nam.</translation>
    </message>
    <message>
        <source>The share of one-on-ones held in which a mistake or setback was discussed as something to learn from.</source>
        <translation>Het deel van de gehouden gesprekken waarin een fout of tegenvaller is besproken als iets om van te leren.</translation>
    </message>
    <message>
        <source>The share of one-on-ones due by each person&apos;s rhythm that were held. Cancelled and slipped meetings lower it.</source>
        <translation>Het deel van de gesprekken dat volgens het ritme van elk teamlid op de planning stond en ook is gehouden. Afgezegde, verzette en overgeslagen gesprekken verlagen het.</translation>
    </message>
    <message>
        <source>How Rode Draad works</source>
        <translation>Zo werkt Rode Draad</translation>
    </message>
    <message>
        <source>Lasting performance grows from trust, not from control. Trust is the red thread that ties people, teams and work together. It is not the absence of structure: it is direction and room. People take responsibility once they know the goal, why it matters, and how much room they have to decide.</source>
        <translation>Duurzame prestaties ontstaan niet uit beheersing, maar uit vertrouwen. Vertrouwen is de rode draad die mensen, teams en processen met elkaar verbindt. Dat betekent niet dat structuur verdwijnt: het vraagt om richting én ruimte. Mensen nemen verantwoordelijkheid als ze weten wat het doel is, waarom het belangrijk is en welke ruimte ze hebben om te beslissen.</translation>
    </message>
    <message>
        <source>Rode Draad helps you move from controlling to facilitating. You log your one-on-ones, the decisions you delegate and the initiatives you recognise. From those logs it raises signals: what the logs show, why it matters, one question for your next one-on-one and one concrete step.</source>
        <translation>Rode Draad helpt je om van controleren naar faciliteren te gaan. Je legt je 1-op-1-gesprekken vast, de besluiten die je delegeert en de initiatieven waarvoor je erkenning geeft. Uit die vastleggingen haalt Rode Draad signalen: wat de vastleggingen laten zien, waarom dat ertoe doet, één vraag voor je volgende gesprek en één concrete stap.</translation>
    </message>
    <message>
        <source>The figures describe you, never your team</source>
        <translation>De cijfers gaan over jou, nooit over je team</translation>
    </message>
    <message>
        <source>Every figure in Rode Draad is about your own behaviour as a manager: how much you talk, how far you delegate, whether you recognise an attempt. Nothing rates or ranks a team member. Measure to learn, not to control.</source>
        <translation>Elk cijfer in Rode Draad gaat over je eigen gedrag als leidinggevende: hoeveel je praat, hoe ver je delegeert, of je erkenning geeft voor een poging. Niets beoordeelt of rangschikt een teamlid. Niet meten om te beheersen, maar meten om te leren.</translation>
    </message>
    <message>
        <source>The five levers</source>
        <translation>De vijf hefbomen</translation>
    </message>
    <message>
        <source>Every signal belongs to one of five levers:</source>
        <translation>Elk signaal hoort bij een van de vijf hefbomen:</translation>
    </message>
    <message>
        <source>Its signals:</source>
        <translation>Signalen:</translation>
    </message>
    <message>
        <source>The seven delegation levels</source>
        <translation>De zeven delegatieniveaus</translation>
    </message>
    <message>
        <source>A decision can be taken at seven levels, from you alone to them alone. Agree the level per decision area on the delegation board; raising a level over time is the visible path from control to facilitation. Not every decision belongs at the top: what matters is that the level is agreed, and that it is kept.</source>
        <translation>Een besluit kan op zeven niveaus worden genomen, van ‘jij beslist alleen’ tot ‘het teamlid beslist alleen’. Spreek per beslisgebied het niveau af op het delegatiebord; een niveau dat na verloop van tijd stijgt, is de zichtbare weg van controleren naar faciliteren. Niet elk besluit hoort op het hoogste niveau: het gaat erom dat het niveau is afgesproken, en dat je je eraan houdt.</translation>
    </message>
    <message>
        <source>The facilitation index</source>
        <translation>De faciliteringsindex</translation>
    </message>
    <message>
        <source>One figure from 0 to 100 per month, for you: the average of seven components, each from 0 to 100. A component without data that month is left out and the others count for more, so the index is never guessed. Each component is shown beside it: the index is never a black box.</source>
        <translation>Eén cijfer van 0 tot 100 per maand, over jou: het gemiddelde van zeven onderdelen, elk van 0 tot 100. Een onderdeel zonder gegevens in die maand telt niet mee en de andere tellen dan zwaarder, zodat de index nooit gegokt is. Elk onderdeel staat ernaast: je ziet altijd waaruit de index bestaat.</translation>
    </message>
</context>
<context>
    <name>rd::ui::InitiativeDialog</name>
    <message>
        <source>Initiative: took responsibility beyond the ask</source>
        <translation>Initiatief: nam meer verantwoordelijkheid dan gevraagd</translation>
    </message>
    <message>
        <source>Compliance: did what was asked, well</source>
        <translation>Naleving: deed goed wat gevraagd was</translation>
    </message>
    <message>
        <source>I recognised it</source>
        <translation>Ik heb het erkend</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>What did they do?</source>
        <translation>Wat deed het teamlid?</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teamlid</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Wat het teamlid deed</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Recognised on</source>
        <translation>Erkend op</translation>
    </message>
    <message>
        <source>How you recognised it</source>
        <translation>Hoe je het erkende</translation>
    </message>
    <message>
        <source>&amp;Team member</source>
        <translation>&amp;Teamlid</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;What they did</source>
        <translation>&amp;Wat het teamlid deed</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Uitkomst</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Erkenning</translation>
    </message>
    <message>
        <source>Recognise the attempt, not only the result: an initiative that did not work deserves recognition too.</source>
        <translation>Erken de poging, niet alleen het resultaat: ook een initiatief dat niet werkte verdient erkenning.</translation>
    </message>
    <message>
        <source>Add a team member first.</source>
        <translation>Voeg eerst een teamlid toe.</translation>
    </message>
    <message>
        <source>The recognition cannot be before the initiative.</source>
        <translation>De erkenning kan niet vóór het initiatief liggen.</translation>
    </message>
</context>
<context>
    <name>rd::ui::JournalModel</name>
    <message>
        <source>The team</source>
        <translation>Het team</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Afgerond op</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation>Je reflectie</translation>
    </message>
</context>
<context>
    <name>rd::ui::JournalPage</name>
    <message>
        <source>Measure to learn, not to control: every signal you marked done, with what you did and learned.</source>
        <translation>Niet meten om te beheersen, maar meten om te leren: elk signaal dat je hebt afgerond, met wat je deed en leerde.</translation>
    </message>
    <message>
        <source>Learning journal</source>
        <translation>Leerlogboek</translation>
    </message>
</context>
<context>
    <name>rd::ui::MainWindow</name>
    <message>
        <source>Rode Draad</source>
        <translation>Rode Draad</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
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
        <source>Creating the sample team…</source>
        <translation>Voorbeeldteam wordt aangemaakt…</translation>
    </message>
    <message>
        <source>Show the &amp;whole team</source>
        <translation>Het hele tea&amp;m tonen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>One-on-ones</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
    <message>
        <source>Delegation board</source>
        <translation>Delegatiebord</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Voorbereiden</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Leerlogboek</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <source>One-on-one…</source>
        <translation>Gesprek…</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>Besluit…</translation>
    </message>
    <message>
        <source>Initiative…</source>
        <translation>Initiatief…</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Instellin&amp;gen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Nu een &amp;back-up maken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (alleen-lezen)</translation>
    </message>
    <message>
        <source>Import exchange file</source>
        <translation>Uitwisselbestand importeren</translation>
    </message>
    <message>
        <source>Rode Draad exchange files (*.json)</source>
        <translation>Rode Draad-uitwisselbestanden (*.json)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 matching records.</source>
        <translation>%1 nieuwe en %2 overeenkomende registraties geïmporteerd.</translation>
    </message>
    <message>
        <source>Export exchange file</source>
        <translation>Uitwisselbestand exporteren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Back-up wordt gemaakt…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Back-up gemaakt in %1.</translation>
    </message>
    <message>
        <source>Restore the newest sound backup? The damaged file is kept beside it.</source>
        <translation>De nieuwste bruikbare back-up terugzetten? Het beschadigde bestand blijft ernaast bewaard.</translation>
    </message>
    <message>
        <source>Restored. Your previous data is in the newest backup.</source>
        <translation>Teruggezet. Je vorige gegevens staan in de nieuwste back-up.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 tot en met %2, %3</translation>
    </message>
    <message>
        <source>the whole team</source>
        <translation>het hele team</translation>
    </message>
    <message numerus="yes">
        <source>Saved the %n-page report to %1.</source>
        <translation>
            <numerusform>Rapport van %n pagina opgeslagen in %1.</numerusform>
            <numerusform>Rapport van %n pagina’s opgeslagen in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading your logs…</source>
        <translation>Je vastleggingen worden geladen…</translation>
    </message>
    <message>
        <source>%1 is already open in another Rode Draad (process %2).</source>
        <translation>%1 is al geopend in een andere Rode Draad (proces %2).</translation>
    </message>
    <message>
        <source>%1 is already open in another Rode Draad.</source>
        <translation>%1 is al geopend in een andere Rode Draad.</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Alleen-lezen openen?</translation>
    </message>
    <message>
        <source>Export coaching re&amp;port…</source>
        <translation>&amp;Coachingsrapport exporteren…</translation>
    </message>
    <message>
        <source>Restore &amp;from a backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Rode Draad files (*.sqlite *.db);;All files (*)</source>
        <translation>Rode Draad-bestanden (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Sample team</source>
        <translation>Voorbeeldteam</translation>
    </message>
    <message>
        <source>%1 – Rode Draad</source>
        <translation>%1 – Rode Draad</translation>
    </message>
    <message>
        <source>Read-only review</source>
        <translation>Alleen inzien</translation>
    </message>
    <message>
        <source>You are exploring the sample team. Your own team is one click away: File › Open your own team.</source>
        <translation>Je verkent het voorbeeldteam. Je eigen team is één klik verderop: Bestand › Mijn eigen team openen.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>Start a new, empty Rode Draad file</source>
        <translation>Een nieuw, leeg Rode Draad-bestand beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie opslaan…</translation>
    </message>
    <message>
        <source>Write a copy of this file, for a coach or for safekeeping</source>
        <translation>Een kopie van dit bestand maken, voor een coach of om te bewaren</translation>
    </message>
    <message>
        <source>Open your own tea&amp;m</source>
        <translation>&amp;Mijn eigen team openen</translation>
    </message>
    <message>
        <source>Open the s&amp;ample team</source>
        <translation>Het &amp;voorbeeldteam openen</translation>
    </message>
    <message>
        <source>Removed from Open Recent, no longer there: %1</source>
        <translation>Uit Recent geopend gehaald, want het is er niet meer: %1</translation>
    </message>
    <message>
        <source>No files opened yet</source>
        <translation>Nog geen bestanden geopend</translation>
    </message>
    <message>
        <source>New Rode Draad file</source>
        <translation>Nieuw Rode Draad-bestand</translation>
    </message>
    <message>
        <source>new-team.sqlite</source>
        <translation>nieuw-team.sqlite</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or use Open… to open it.</source>
        <translation>%1 bestaat al. Kies een andere naam, of gebruik Openen… om het te openen.</translation>
    </message>
    <message>
        <source>Open a Rode Draad file</source>
        <translation>Een Rode Draad-bestand openen</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Kopie wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Saved a copy to %1.</source>
        <translation>Kopie opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Res&amp;tore team member</source>
        <translation>Teamlid &amp;weer actief maken</translation>
    </message>
    <message>
        <source>Bring an archived team member back to the team</source>
        <translation>Een gearchiveerd teamlid terughalen in het team</translation>
    </message>
    <message>
        <source>Show archi&amp;ved team members</source>
        <translation>Gearchi&amp;veerde teamleden tonen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Niets om ongedaan te maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw uitvoeren</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Niets om opnieuw uit te voeren</translation>
    </message>
    <message>
        <source>Add a team member first: Team › Add team member</source>
        <translation>Voeg eerst een teamlid toe: Team › Teamlid toevoegen</translation>
    </message>
    <message>
        <source>A coaching companion for managers: from control to facilitation.</source>
        <translation>Een coachende metgezel voor leidinggevenden: van controleren naar faciliteren.</translation>
    </message>
    <message>
        <source>Your logs stay in one file on this computer, %1. Rode Draad has no account and makes no network connections.</source>
        <translation>Je vastleggingen blijven in één bestand op deze computer: %1. Rode Draad kent geen account en maakt geen netwerkverbindingen.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Vrije software onder de GNU General Public License, versie 3 of later.</translation>
    </message>
    <message>
        <source>About Rode Draad</source>
        <translation>Over Rode Draad</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Rode Draad</source>
        <translation>&amp;Over Rode Draad</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>Restore the newest backup? The file as it is now is kept beside it.</source>
        <translation>De nieuwste back-up terugzetten? Het bestand zoals het nu is, blijft ernaast bewaard.</translation>
    </message>
    <message>
        <source>Another program changed this file: it was read again, and the undo history was cleared.</source>
        <translation>Een ander programma heeft dit bestand gewijzigd: het is opnieuw ingelezen, en wat je ongedaan kon maken is gewist.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Opnieuw &amp;uitvoeren: %1</translation>
    </message>
    <message>
        <source>What you undid can no longer be redone: a step it stood on failed.</source>
        <translation>Wat je ongedaan maakte, kan niet meer opnieuw: een stap waarop het voortbouwde, mislukte.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>One-on-one logged.</source>
        <translation>Gesprek vastgelegd.</translation>
    </message>
    <message>
        <source>The one-on-one is kept as a draft: Start one-on-one resumes it.</source>
        <translation>Het gesprek is bewaard als concept: met Gesprek starten ga je verder.</translation>
    </message>
    <message>
        <source>Unfinished one-on-one</source>
        <translation>Onafgerond gesprek</translation>
    </message>
    <message>
        <source>Your one-on-one with %1 of %2 was not ended. Resume it now?</source>
        <translation>Je gesprek met %1 van %2 is niet afgerond. Nu verdergaan?</translation>
    </message>
    <message>
        <source>Nothing is lost: Later keeps the notes, and Start one-on-one resumes them.</source>
        <translation>Er gaat niets verloren: met Later blijven je notities bewaard, en met Gesprek starten ga je verder.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Verdergaan</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Add your first team member…</source>
        <translation>Je eerste teamlid toevoegen…</translation>
    </message>
    <message>
        <source>&amp;How Rode Draad works</source>
        <translation>&amp;Zo werkt Rode Draad</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Log a one-on-one you held</source>
        <translation>Een gehouden 1-op-1-gesprek vastleggen</translation>
    </message>
    <message>
        <source>Log a decision you delegated</source>
        <translation>Een besluit vastleggen dat je hebt gedelegeerd</translation>
    </message>
    <message>
        <source>Log an initiative a team member took</source>
        <translation>Een initiatief van een teamlid vastleggen</translation>
    </message>
    <message>
        <source>Search every log</source>
        <translation>In alle vastleggingen zoeken</translation>
    </message>
    <message>
        <source>Undone: %1. Redo brings it back.</source>
        <translation>Ongedaan gemaakt: %1. Opnieuw uitvoeren zet het terug.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Opnieuw uitgevoerd: %1.</translation>
    </message>
    <message>
        <source>Undo: %1 (%2)</source>
        <translation>Ongedaan maken: %1 (%2)</translation>
    </message>
    <message>
        <source>Redo: %1 (%2)</source>
        <translation>Opnieuw uitvoeren: %1 (%2)</translation>
    </message>
    <message>
        <source>S&amp;chedule</source>
        <translation>Plann&amp;ing</translation>
    </message>
    <message>
        <source>&amp;Plan a one-on-one…</source>
        <translation>Gesprek &amp;plannen…</translation>
    </message>
    <message>
        <source>&amp;Import a calendar file…</source>
        <translation>Agendabestand &amp;importeren…</translation>
    </message>
    <message>
        <source>Read your one-on-ones from a file Google Calendar, Outlook or Thunderbird exported</source>
        <translation>Lees je gesprekken uit een bestand dat Google Agenda, Outlook of Thunderbird exporteerde</translation>
    </message>
    <message>
        <source>&amp;Export the plan to a calendar file…</source>
        <translation>Planning &amp;exporteren naar een agendabestand…</translation>
    </message>
    <message>
        <source>&amp;Move the one-on-one with %1 (%2)…</source>
        <translation>Gesprek met %1 (%2) &amp;verplaatsen…</translation>
    </message>
    <message>
        <source>&amp;Move the next planned one-on-one…</source>
        <translation>Volgend gepland gesprek &amp;verplaatsen…</translation>
    </message>
    <message>
        <source>&amp;Cancel the one-on-one with %1 (%2)</source>
        <translation>Gesprek met %1 (%2) &amp;afzeggen</translation>
    </message>
    <message>
        <source>&amp;Cancel the next planned one-on-one</source>
        <translation>Volgend gepland gesprek &amp;afzeggen</translation>
    </message>
    <message>
        <source>Choose a team member with a planned one-on-one</source>
        <translation>Kies een teamlid met een gepland gesprek</translation>
    </message>
    <message numerus="yes">
        <source>Plan %n one-on-one(s) with %1</source>
        <translation>
            <numerusform>%n gesprek met %1 plannen</numerusform>
            <numerusform>%n gesprekken met %1 plannen</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned: %1, %2.</source>
        <translation>Gepland: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>Planned %n one-on-one(s) with %1.</source>
        <translation>
            <numerusform>%n gesprek met %1 gepland.</numerusform>
            <numerusform>%n gesprekken met %1 gepland.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; it is logged as a cancelled one-on-one (Edit › Undo brings it back).</source>
        <translation>Afgezegd; het staat vastgelegd als afgezegd gesprek (Bewerken › Ongedaan maken haalt het terug).</translation>
    </message>
    <message>
        <source>Import a calendar file</source>
        <translation>Agendabestand importeren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n planned one-on-one(s)</source>
        <translation>
            <numerusform>%n gepland gesprek importeren</numerusform>
            <numerusform>%n geplande gesprekken importeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %n one-on-one(s) from the calendar file.</source>
        <translation>
            <numerusform>%n gesprek gepland uit het agendabestand.</numerusform>
            <numerusform>%n gesprekken gepland uit het agendabestand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Planning exporteren</translation>
    </message>
    <message>
        <source>Nothing is planned yet. Plan a one-on-one first (Schedule › Plan a one-on-one), or import a calendar file.</source>
        <translation>Er is nog niets gepland. Plan eerst een gesprek (Planning › Gesprek plannen) of importeer een agendabestand.</translation>
    </message>
    <message>
        <source>Export the plan to a calendar file</source>
        <translation>Planning exporteren naar een agendabestand</translation>
    </message>
    <message>
        <source>%1 is a device or a pipe, not a file.</source>
        <translation>%1 is een apparaat of een pipe, geen bestand.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n planned one-on-one(s) to %1; open it with your calendar to update it.</source>
        <translation>
            <numerusform>%n gepland gesprek geschreven naar %1; open het met je agenda om die bij te werken.</numerusform>
            <numerusform>%n geplande gesprekken geschreven naar %1; open het met je agenda om die bij te werken.</numerusform>
        </translation>
    </message>
    <message>
        <source>That team member is no longer in this file.</source>
        <translation>Dat teamlid staat niet meer in dit bestand.</translation>
    </message>
    <message>
        <source>Rode Draad is still running</source>
        <translation>Rode Draad draait nog</translation>
    </message>
    <message>
        <source>In the tray, for your reminders. Quit from its menu.</source>
        <translation>In het systeemvak, voor je herinneringen. Afsluiten kan via het menu daar.</translation>
    </message>
    <message>
        <source>&amp;All planned one-on-ones…</source>
        <translation>Alle &amp;geplande gesprekken…</translation>
    </message>
    <message>
        <source>Show its window, or open the file read-only here?</source>
        <translation>Het venster daarvan tonen, of het bestand hier alleen-lezen openen?</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <source>Show its window</source>
        <translation>Venster tonen</translation>
    </message>
</context>
<context>
    <name>rd::ui::MeetingView</name>
    <message>
        <source>I shared &amp;context: goals, results or decisions</source>
        <translation>Ik heb &amp;context gedeeld: doelen, resultaten of besluiten</translation>
    </message>
    <message>
        <source>We discussed a mista&amp;ke as learning</source>
        <translation>We bespraken een &amp;fout om van te leren</translation>
    </message>
    <message>
        <source>&amp;Save and end the meeting</source>
        <translation>Gesprek afr&amp;onden en opslaan</translation>
    </message>
    <message>
        <source>Keep the draft and c&amp;lose</source>
        <translation>Concept bewaren en &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Weggooien…</translation>
    </message>
    <message>
        <source>One-on-one with %1 · %2</source>
        <translation>Gesprek met %1 · %2</translation>
    </message>
    <message>
        <source>A new topic, then Enter</source>
        <translation>Een nieuw onderwerp, dan Enter</translation>
    </message>
    <message>
        <source>Logs the one-on-one and closes the actions you ticked (Ctrl+Enter)</source>
        <translation>Legt het gesprek vast en rondt de afgevinkte actiepunten af (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Closes this window; the draft stays and can be resumed</source>
        <translation>Sluit dit venster; het concept blijft bewaard en je kunt later verder</translation>
    </message>
    <message>
        <source>Type as you talk. A line that starts with [ ] or todo: becomes an action.</source>
        <translation>Typ terwijl jullie praten. Een regel die begint met [ ] of actie: wordt een actiepunt.</translation>
    </message>
    <message>
        <source>What you agreed, in words you would send them</source>
        <translation>Wat jullie afspraken, in woorden die je je teamlid zou sturen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Actions from your notes</source>
        <translation>Actiepunten uit je notities</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>Add a &amp;topic</source>
        <translation>Onderwerp &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Open actions: tick what is done</source>
        <translation>Open actie&amp;punten: vink af wat klaar is</translation>
    </message>
    <message>
        <source>Your &amp;notes (private)</source>
        <translation>Je &amp;notities (privé)</translation>
    </message>
    <message>
        <source>S&amp;ummary you may share</source>
        <translation>Samenvatting om te &amp;delen</translation>
    </message>
    <message>
        <source>Mostly &amp;me</source>
        <translation>Vooral &amp;ik</translation>
    </message>
    <message>
        <source>About &amp;even</source>
        <translation>Ongeveer &amp;gelijk</translation>
    </message>
    <message>
        <source>Mostly t&amp;hem</source>
        <translation>Vooral het team&amp;lid</translation>
    </message>
    <message>
        <source>Their energy, as they said it: %1 of 5</source>
        <translation>De energie die je teamlid zelf noemde: %1 van 5</translation>
    </message>
    <message>
        <source>Who talked</source>
        <translation>Wie praatte</translation>
    </message>
    <message>
        <source>Thei&amp;r energy</source>
        <translation>&amp;Energie</translation>
    </message>
    <message>
        <source>Raised by: %1</source>
        <translation>Ingebracht door: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>Resumed the draft saved %1.</source>
        <translation>Verder met het concept, bewaard om %1.</translation>
    </message>
    <message>
        <source>Draft saved %1.</source>
        <translation>Concept bewaard om %1.</translation>
    </message>
    <message>
        <source>The draft is not saved: %1</source>
        <translation>Het concept is niet bewaard: %1</translation>
    </message>
    <message>
        <source>Discard this one-on-one?</source>
        <translation>Dit gesprek weggooien?</translation>
    </message>
    <message>
        <source>Your notes of this meeting are deleted and nothing is logged.</source>
        <translation>Je notities van dit gesprek worden verwijderd en er wordt niets vastgelegd.</translation>
    </message>
</context>
<context>
    <name>rd::ui::OneOnOneDialog</name>
    <message>
        <source>I shared context: goals, results or decisions</source>
        <translation>Ik deelde context: doelen, resultaten of besluiten</translation>
    </message>
    <message>
        <source>We discussed a mistake or setback as learning</source>
        <translation>We bespraken een fout of tegenslag als leermoment</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Ingebracht door</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Besproken</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Afgerond op</translation>
    </message>
    <message>
        <source>One-on-one</source>
        <translation>1-op-1-gesprek</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only for you</source>
        <translation>Alleen voor jou</translation>
    </message>
    <message>
        <source>What you may share with them</source>
        <translation>Wat je met het teamlid mag delen</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teamlid</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Your share of the talking</source>
        <translation>Je spreektijd</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Agendapunten</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Privénotities</translation>
    </message>
    <message>
        <source>Shared summary</source>
        <translation>Deelbare samenvatting</translation>
    </message>
    <message>
        <source>&amp;Team member</source>
        <translation>&amp;Teamlid</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;uur</translation>
    </message>
    <message>
        <source>Your tal&amp;k share</source>
        <translation>Je sp&amp;reektijd</translation>
    </message>
    <message>
        <source>Their &amp;energy (what they said)</source>
        <translation>&amp;Energie (volgens het teamlid)</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Agendapunt toevoegen</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Actiepunt toevoegen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Private notes</source>
        <translation>&amp;Privénotities</translation>
    </message>
    <message>
        <source>Shared su&amp;mmary</source>
        <translation>Deelbare sa&amp;menvatting</translation>
    </message>
    <message>
        <source>Add a team member first.</source>
        <translation>Voeg eerst een teamlid toe.</translation>
    </message>
    <message>
        <source>Their energy</source>
        <translation>Energie van het teamlid</translation>
    </message>
    <message>
        <source>Open actions from earlier one-on-ones</source>
        <translation>Open acties uit eerdere gesprekken</translation>
    </message>
    <message>
        <source>Tick what was done: it is closed where it was agreed, with this one-on-one&apos;s date.</source>
        <translation>Vink af wat afgerond is: de actie wordt afgesloten in het gesprek waarin die is afgesproken, met de datum van dit gesprek.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>agreed %1</source>
        <translation>afgesproken %1</translation>
    </message>
    <message>
        <source>Discard this one-on-one?</source>
        <translation>Dit gesprek weggooien?</translation>
    </message>
    <message>
        <source>What you entered in this one-on-one has not been saved.</source>
        <translation>Wat je in dit gesprek hebt ingevuld, is nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
    <message>
        <source>%1 joined the team on %2, after this date. Pick a later date, or change when they joined with Edit team member.</source>
        <translation>%1 is op %2 in het team gekomen, na deze datum. Kies een latere datum, of pas met Teamlid bewerken aan sinds wanneer %1 in het team zit.</translation>
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
        <translation>Ritme van 1-op-1-gesprekken in dagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>In het team sinds</translation>
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
        <translation>1-op-1-gesprek &amp;elke</translation>
    </message>
    <message>
        <source>&amp;Joined on</source>
        <translation>In het &amp;team sinds</translation>
    </message>
    <message>
        <source>Enter the team member&apos;s name.</source>
        <translation>Vul de naam van het teamlid in.</translation>
    </message>
</context>
<context>
    <name>rd::ui::PlanDialog</name>
    <message>
        <source>&amp;Whole day</source>
        <translation>&amp;Hele dag</translation>
    </message>
    <message>
        <source>Plan a one-on-one</source>
        <translation>Gesprek plannen</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teamlid</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>&amp;Met</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>D&amp;uur</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plannen</translation>
    </message>
    <message>
        <source>Move the one-on-one</source>
        <translation>Gesprek verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verplaatsen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Repeat every %n day(s), their rhythm, for six months</source>
        <translation>
            <numerusform>Elke dag he&amp;rhalen, volgens het ritme, zes maanden lang</numerusform>
            <numerusform>Elke %n dagen he&amp;rhalen, volgens het ritme, zes maanden lang</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a team member first: a one-on-one is planned with someone.</source>
        <translation>Voeg eerst een teamlid toe: je plant een gesprek met iemand.</translation>
    </message>
    <message>
        <source>That day has passed; plan for today or later.</source>
        <translation>Die dag is voorbij; plan voor vandaag of later.</translation>
    </message>
    <message>
        <source>Choose another day or time to move it to.</source>
        <translation>Kies een andere dag of een ander tijdstip om het naartoe te verplaatsen.</translation>
    </message>
    <message>
        <source>%1 already has a one-on-one planned that day; move that one instead, or choose another day.</source>
        <translation>Met %1 staat die dag al een gesprek gepland; verplaats dat gesprek, of kies een andere dag.</translation>
    </message>
</context>
<context>
    <name>rd::ui::PlansDialog</name>
    <message>
        <source>&amp;Prepare</source>
        <translation>V&amp;oorbereiden</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Verplaatsen…</translation>
    </message>
    <message>
        <source>&amp;Cancel the one-on-one</source>
        <translation>Gesprek &amp;afzeggen</translation>
    </message>
    <message>
        <source>Planned one-on-ones</source>
        <translation>Geplande gesprekken</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teamlid</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Every one-on-one planned from today, earliest first. A held, moved or cancelled one leaves the list.</source>
        <translation>Elk gesprek dat vanaf vandaag gepland staat, het eerste bovenaan. Een gehouden, verzet of afgezegd gesprek verdwijnt van de lijst.</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>hele dag</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Rode Draad</source>
        <translation>Rode Draad</translation>
    </message>
    <message>
        <source>a calendar</source>
        <translation>een agenda</translation>
    </message>
</context>
<context>
    <name>rd::ui::PreparePage</name>
    <message>
        <source>Team member to prepare for</source>
        <translation>Teamlid voor wie je het gesprek voorbereidt</translation>
    </message>
    <message>
        <source>Preparation sheet</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>&amp;Start one-on-one</source>
        <translation>Gesprek &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <source>Copy last shared summary</source>
        <translation>Laatste deelbare samenvatting kopiëren</translation>
    </message>
    <message>
        <source>Copies only the summary you may share, never your private notes</source>
        <translation>Kopieert alleen de deelbare samenvatting, nooit je privénotities</translation>
    </message>
    <message>
        <source>Add a team member to prepare a one-on-one.</source>
        <translation>Voeg een teamlid toe om een gesprek voor te bereiden.</translation>
    </message>
    <message>
        <source>one-on-one %1 %2.pdf</source>
        <translation>1-op-1-gesprek %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save preparation as PDF</source>
        <translation>Voorbereiding opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Rode Draad</source>
        <translation>Rode Draad</translation>
    </message>
    <message>
        <source>A topic you want to raise next time</source>
        <translation>Een onderwerp dat je de volgende keer wilt bespreken</translation>
    </message>
    <message>
        <source>New topic for the agenda</source>
        <translation>Nieuw onderwerp voor de agenda</translation>
    </message>
    <message>
        <source>&amp;Add to the agenda</source>
        <translation>Op de agenda &amp;zetten</translation>
    </message>
    <message>
        <source>The one-on-one has begun: add the topic in its meeting view.</source>
        <translation>Het gesprek is begonnen: voeg het onderwerp toe in het gespreksvenster.</translation>
    </message>
    <message>
        <source>That topic is already on the agenda.</source>
        <translation>Dat onderwerp staat al op de agenda.</translation>
    </message>
    <message>
        <source>The one-on-one has begun: change its agenda in its meeting view.</source>
        <translation>Het gesprek is begonnen: pas de agenda aan in het gespreksvenster.</translation>
    </message>
</context>
<context>
    <name>rd::ui::ProgressChart</name>
    <message>
        <source>Facilitation index</source>
        <translation>Faciliteringsindex</translation>
    </message>
    <message>
        <source>Delegation level mix</source>
        <translation>Verdeling van delegatieniveaus</translation>
    </message>
    <message>
        <source>Delegation board over time</source>
        <translation>Delegatiebord in de loop van de tijd</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Erkenning</translation>
    </message>
    <message>
        <source>One-on-one rhythm</source>
        <translation>Ritme van 1-op-1-gesprekken</translation>
    </message>
    <message>
        <source>Follow-through on signals</source>
        <translation>Opvolging van signalen</translation>
    </message>
    <message>
        <source>No index yet for this period. Log one-on-ones, decisions or recognised initiatives to see it.</source>
        <translation>Nog geen index voor deze periode. Leg 1-op-1-gesprekken, besluiten of erkende initiatieven vast om hem te zien.</translation>
    </message>
    <message>
        <source>No decisions in this period. Log the decisions you delegate (Ctrl+2) to see their levels.</source>
        <translation>Geen besluiten in deze periode. Leg de besluiten vast die je delegeert (Ctrl+2) om hun niveaus te zien.</translation>
    </message>
    <message>
        <source>No delegation board yet. Log the level you agreed per area on the Delegation board page to see it move over time.</source>
        <translation>Nog geen delegatiebord. Leg op de pagina Delegatiebord per beslisgebied het afgesproken niveau vast, dan zie je het in de loop van de tijd bewegen.</translation>
    </message>
    <message>
        <source>No recognitions in this period. Log initiatives (Ctrl+3) and when you recognised them.</source>
        <translation>Geen erkenningen in deze periode. Leg initiatieven vast (Ctrl+3) en wanneer je ze erkende.</translation>
    </message>
    <message>
        <source>No one-on-ones in this period. Log your one-on-ones (Ctrl+1), held, moved or cancelled.</source>
        <translation>Geen 1-op-1-gesprekken in deze periode. Leg je gesprekken vast (Ctrl+1): gehouden, verzet of afgezegd.</translation>
    </message>
    <message>
        <source>No signals in this period. Signals appear as you log; mark them done, snoozed or dismissed on Today.</source>
        <translation>Geen signalen in deze periode. Signalen verschijnen terwijl je vastlegt; op Vandaag markeer je ze als afgerond, uitgesteld of niet relevant.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Index (0–100)</source>
        <translation>Index (0–100)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Mean level (1–7)</source>
        <translation>Gemiddeld niveau (1–7)</translation>
    </message>
    <message>
        <source>Mean level</source>
        <translation>Gemiddeld niveau</translation>
    </message>
    <message>
        <source>Level (1–7)</source>
        <translation>Niveau (1–7)</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Erkenningen</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
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
        <source>Failed or partial, recognised</source>
        <translation>Mislukt of deels gelukt, erkend</translation>
    </message>
    <message>
        <source>Median days to recognition</source>
        <translation>Dagen tot erkenning (mediaan)</translation>
    </message>
    <message>
        <source>One-on-ones</source>
        <translation>1-op-1-gesprekken</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Procent</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehouden</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verzet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Afgezegd</translation>
    </message>
    <message>
        <source>Due by cadence</source>
        <translation>Verwacht volgens ritme</translation>
    </message>
    <message>
        <source>Your talk share (%)</source>
        <translation>Je spreektijd (%)</translation>
    </message>
    <message>
        <source>Agenda raised by members (%)</source>
        <translation>Agenda van teamleden (%)</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Niet relevant</translation>
    </message>
    <message>
        <source>Index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n besluit</numerusform>
            <numerusform>%n besluiten</numerusform>
        </translation>
    </message>
    <message>
        <source>mean level %1</source>
        <translation>gemiddeld niveau %1</translation>
    </message>
    <message>
        <source>%1 initiative, %2 compliance</source>
        <translation>%1 initiatief, %2 naleving</translation>
    </message>
    <message>
        <source>median %1 days</source>
        <translation>mediaan %1 dagen</translation>
    </message>
    <message>
        <source>%1 failed or partial</source>
        <translation>%1 mislukt of deels gelukt</translation>
    </message>
    <message>
        <source>%1 held, %2 moved, %3 cancelled, %4 due</source>
        <translation>%1 gehouden, %2 verzet, %3 afgezegd, %4 verwacht</translation>
    </message>
    <message>
        <source>talk share %1%</source>
        <translation>spreektijd %1%</translation>
    </message>
    <message>
        <source>agenda by members %1%</source>
        <translation>agenda door teamleden %1%</translation>
    </message>
    <message>
        <source>%1 raised, %2 done, %3 snoozed, %4 dismissed</source>
        <translation>%1 nieuw, %2 afgerond, %3 uitgesteld, %4 niet relevant</translation>
    </message>
    <message>
        <source>Month, %1 to %2</source>
        <translation>Maand, %1 tot en met %2</translation>
    </message>
</context>
<context>
    <name>rd::ui::ProgressPage</name>
    <message>
        <source>Whole team</source>
        <translation>Hele team</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Counting the signals raised in earlier months…</source>
        <translation>Signalen uit eerdere maanden worden geteld…</translation>
    </message>
    <message>
        <source>Your path from control to facilitation, month by month. The figures describe what you do as a manager, never how your people score.</source>
        <translation>Je weg van controleren naar faciliteren, maand voor maand. De cijfers beschrijven wat je als leidinggevende doet, nooit hoe je teamleden scoren.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>To&amp;nen:</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Laatste 3 maanden</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Laatste 6 maanden</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>Laatste 24 maanden</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Team or person</source>
        <translation>Team of teamlid</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>&amp;Rapport exporteren…</translation>
    </message>
    <message>
        <source>Show the seven &amp;components</source>
        <translation>De zeven &amp;onderdelen tonen</translation>
    </message>
</context>
<context>
    <name>rd::ui::ReminderBanner</name>
    <message numerus="yes">
        <source>%n more reminder(s) after this one</source>
        <translation>
            <numerusform>Hierna nog %n herinnering</numerusform>
            <numerusform>Hierna nog %n herinneringen</numerusform>
        </translation>
    </message>
    <message>
        <source>See today</source>
        <translation>Naar vandaag</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Voorbereiden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Gezien</translation>
    </message>
    <message>
        <source>Dismiss this reminder</source>
        <translation>Deze herinnering wegzetten</translation>
    </message>
</context>
<context>
    <name>rd::ui::ReportDialog</name>
    <message>
        <source>Export coaching report</source>
        <translation>Coachingsrapport exporteren</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF-bestand</translation>
    </message>
    <message>
        <source>&amp;Anonymise for a coach</source>
        <translation>&amp;Anonimiseren voor een coach</translation>
    </message>
    <message>
        <source>Names become &quot;Team member A, B, …&quot; and all notes, summaries, titles, descriptions and reflections are left out.</source>
        <translation>Namen worden &quot;Teamlid A, B, …&quot; en alle notities, samenvattingen, titels, beschrijvingen en reflecties worden weggelaten.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>A PDF with the index, every progress chart, the open signals by lever, your journal and a summary of the first against the last quarter.</source>
        <translation>Een PDF met de index, alle voortgangsgrafieken, de open signalen per hefboom, je leerlogboek en een samenvatting van het eerste tegenover het laatste kwartaal.</translation>
    </message>
    <message>
        <source>Covers:</source>
        <translation>Omvat:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>Save coaching report</source>
        <translation>Coachingsrapport opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file for the report.</source>
        <translation>Kies een bestand voor het rapport.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
</context>
<context>
    <name>rd::ui::RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschadigd</translation>
    </message>
    <message>
        <source>Your current data is backed up first, so a restore can be undone by restoring that backup.</source>
        <translation>Eerst wordt een back-up van je huidige gegevens gemaakt, zodat je het terugzetten ongedaan kunt maken door die back-up terug te zetten.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Bezig met terugzetten…</translation>
    </message>
    <message>
        <source>Rode Draad</source>
        <translation>Rode Draad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teamleden</translation>
    </message>
    <message>
        <source>Latest entry</source>
        <translation>Laatste registratie</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) in %1 date from before backups were kept per file, so they are not listed. Open one with File › Open to look inside.</source>
        <translation>
            <numerusform>%n oudere back-up in %1 stamt van vóór de tijd dat back-ups per bestand werden bewaard en staat daarom niet in de lijst. Open die met Bestand › Openen om te zien wat erin staat.</numerusform>
            <numerusform>%n oudere back-ups in %1 stammen van vóór de tijd dat back-ups per bestand werden bewaard en staan daarom niet in de lijst. Open er een met Bestand › Openen om te zien wat erin staat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search notes, agenda, actions, decisions and initiatives</source>
        <translation>Zoek in notities, agenda, acties, besluiten en initiatieven</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Zoektekst</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>One-on-one notes</source>
        <translation>Gespreksnotities</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Beste treffer eerst</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Volgorde:</translation>
    </message>
    <message>
        <source>Team member · archived</source>
        <translation>Teamlid · gearchiveerd</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teamlid</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Niets gevonden voor ‘%1’.</translation>
    </message>
</context>
<context>
    <name>rd::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Default one-on-one cadence in days</source>
        <translation>Standaardritme van 1-op-1-gesprekken in dagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>A backups folder next to the database</source>
        <translation>Een back-upmap naast de database</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Rule thresholds</source>
        <translation>Drempels van de regels</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Drempel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standaard: %1</translation>
    </message>
    <message>
        <source>&amp;Reset thresholds to defaults</source>
        <translation>&amp;Drempels terugzetten naar standaard</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Default one-on-one &amp;cadence</source>
        <translation>Standaard&amp;ritme van 1-op-1-gesprekken</translation>
    </message>
    <message>
        <source>&amp;Backup folder</source>
        <translation>&amp;Back-upmap</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Rule thresholds: when a signal speaks up.</source>
        <translation>Drempels: wanneer een regel een signaal geeft.</translation>
    </message>
    <message>
        <source>Rode Draad</source>
        <translation>Rode Draad</translation>
    </message>
    <message>
        <source>Signals under Focus this week</source>
        <translation>Aantal signalen in Focus deze week</translation>
    </message>
    <message>
        <source>Signals under &amp;Focus this week</source>
        <translation>Aantal signalen in &amp;Focus deze week</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>&amp;Shortly before it</source>
        <translation>&amp;Kort van tevoren</translation>
    </message>
    <message>
        <source> minutes before</source>
        <translation> minuten ervoor</translation>
    </message>
    <message>
        <source>Minutes before the one-on-one</source>
        <translation>Minuten voor het gesprek</translation>
    </message>
    <message>
        <source>A &amp;morning summary of the day, at</source>
        <translation>Een &amp;ochtendoverzicht van de dag, om</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Actief blijven in het &amp;systeemvak als je het venster sluit</translation>
    </message>
    <message>
        <source>Start at lo&amp;gin, in the tray</source>
        <translation>Start bij het &amp;aanmelden, in het systeemvak</translation>
    </message>
    <message>
        <source>Before each planned one-on-one, a reminder to prepare; opening it shows the preparation sheet. The morning summary lists the day&apos;s one-on-ones and the focus.</source>
        <translation>Voor elk gepland gesprek een herinnering om je voor te bereiden; open je die, dan zie je de voorbereiding. Het ochtendoverzicht noemt de gesprekken van die dag en de focus.</translation>
    </message>
    <message>
        <source>Reminders appear as the desktop&apos;s notifications.</source>
        <translation>Herinneringen verschijnen als meldingen van je bureaublad.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: reminders appear at the top of the open window.</source>
        <translation>Dit bureaublad heeft geen systeemvak: herinneringen verschijnen boven in het open venster.</translation>
    </message>
    <message>
        <source>The &amp;day before, at</source>
        <translation>De &amp;dag ervoor, om</translation>
    </message>
</context>
<context>
    <name>rd::ui::StorageCommand</name>
    <message>
        <source>Log decision</source>
        <translation>Besluit vastleggen</translation>
    </message>
    <message>
        <source>Log initiative</source>
        <translation>Initiatief vastleggen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Edit one-on-one</source>
        <translation>Gesprek bewerken</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>Besluit bewerken</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>Initiatief bewerken</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>%1 archiveren</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 weer actief maken</translation>
    </message>
    <message>
        <source>Log one-on-one</source>
        <translation>Gesprek vastleggen</translation>
    </message>
    <message>
        <source>Mark signal %1</source>
        <translation>Signaal markeren als %1</translation>
    </message>
    <message>
        <source>Set %1 for %2 to %3</source>
        <translation>%1 van %2 op %3 zetten</translation>
    </message>
    <message>
        <source>Mark signal for %1 %2</source>
        <translation>Signaal voor %1 markeren als %2</translation>
    </message>
    <message numerus="yes">
        <source>Close %n action(s)</source>
        <translation>
            <numerusform>%n actiepunt afvinken</numerusform>
            <numerusform>%n actiepunten afvinken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the due date of %n action(s)</source>
        <translation>
            <numerusform>Uiterste datum van %n actiepunt verzetten</numerusform>
            <numerusform>Uiterste datum van %n actiepunten verzetten</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the agenda for %1</source>
        <translation>Agenda voor %1 aanpassen</translation>
    </message>
    <message>
        <source>The one-on-one with %1 has begun: change its agenda in its meeting view.</source>
        <translation>Het gesprek met %1 is begonnen: pas de agenda aan in het gespreksvenster.</translation>
    </message>
    <message>
        <source>Move the one-on-one with %1</source>
        <translation>Gesprek met %1 verplaatsen</translation>
    </message>
</context>
<context>
    <name>rd::ui::TeamModel</name>
    <message numerus="yes">
        <source>last 1:1 %n day(s) ago</source>
        <translation>
            <numerusform>%n dag geleden gesproken</numerusform>
            <numerusform>%n dagen geleden gesproken</numerusform>
        </translation>
    </message>
    <message>
        <source>no 1:1 yet</source>
        <translation>nog geen gesprek</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s)</source>
        <translation>
            <numerusform>%n signaal</numerusform>
            <numerusform>%n signalen</numerusform>
        </translation>
    </message>
    <message>
        <source>last 1:1 today</source>
        <translation>vandaag gesproken</translation>
    </message>
    <message>
        <source>last 1:1 yesterday</source>
        <translation>gisteren gesproken</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>volgende: %1</translation>
    </message>
</context>
<context>
    <name>rd::ui::TodayPage</name>
    <message>
        <source>Open signals by lever</source>
        <translation>Open signalen per hefboom</translation>
    </message>
    <message>
        <source>The selected signal</source>
        <translation>Het gekozen signaal</translation>
    </message>
    <message>
        <source>No open signals. Keep logging your one-on-ones, decisions and initiatives: Rode Draad will point out where you can move from control to facilitation.</source>
        <translation>Geen open signalen. Blijf je gesprekken, besluiten en initiatieven vastleggen: Rode Draad laat zien waar je van controleren naar faciliteren kunt gaan.</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Afgerond…</translation>
    </message>
    <message>
        <source>Mark it done and write down what you did and learned</source>
        <translation>Als afgerond markeren en opschrijven wat je deed en leerde</translation>
    </message>
    <message>
        <source>&amp;Snooze a week</source>
        <translation>Een week &amp;uitstellen</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Niet relevant</translation>
    </message>
    <message>
        <source>Snooze a week</source>
        <translation>Een week uitstellen</translation>
    </message>
    <message>
        <source>Snooze two weeks</source>
        <translation>Twee weken uitstellen</translation>
    </message>
    <message>
        <source>Snooze a month</source>
        <translation>Een maand uitstellen</translation>
    </message>
    <message>
        <source>Select a signal to see the evidence behind it, a question for your next one-on-one and one concrete action.</source>
        <translation>Kies een signaal om te zien waarop het gebaseerd is, met een vraag voor je volgende gesprek en een concrete stap.</translation>
    </message>
    <message>
        <source>What the logs show</source>
        <translation>Wat de vastleggingen laten zien</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Waarom het ertoe doet</translation>
    </message>
    <message>
        <source>Ask in your next one-on-one</source>
        <translation>Vraag voor je volgende gesprek</translation>
    </message>
    <message>
        <source>One concrete step</source>
        <translation>Eén concrete stap</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als afgerond markeren</translation>
    </message>
    <message>
        <source>What did you do, and what did you learn? This goes into your journal.</source>
        <translation>Wat heb je gedaan, en wat heb je geleerd? Dit komt in je leerlogboek.</translation>
    </message>
    <message>
        <source>Loading your logs…</source>
        <translation>Je vastleggingen worden geladen…</translation>
    </message>
    <message>
        <source>Start with the people you lead: add each team member once. Then log your one-on-ones, delegated decisions and the initiatives you recognise, and Rode Draad points out where you can move from control to facilitation.</source>
        <translation>Begin bij de mensen aan wie je leiding geeft: voeg elk teamlid één keer toe. Leg daarna je gesprekken, gedelegeerde besluiten en de initiatieven die je erkent vast; Rode Draad laat zien waar je van controleren naar faciliteren kunt gaan.</translation>
    </message>
    <message>
        <source>Nothing logged yet. Log a one-on-one (Ctrl+1), a delegated decision (Ctrl+2) or an initiative you recognised (Ctrl+3), and the signals for your next conversations appear here.</source>
        <translation>Nog niets vastgelegd. Leg een gesprek (Ctrl+1), een gedelegeerd besluit (Ctrl+2) of een erkend initiatief (Ctrl+3) vast; hier verschijnen dan de signalen voor je volgende gesprekken.</translation>
    </message>
    <message>
        <source>&amp;Add a team member…</source>
        <translation>&amp;Een teamlid toevoegen…</translation>
    </message>
    <message>
        <source>← &amp;Back to this week</source>
        <translation>← Terug naar &amp;deze week</translation>
    </message>
    <message>
        <source>Open these actions: tick what is done, or agree a new date</source>
        <translation>Open deze actiepunten: vink af wat klaar is, of spreek een nieuwe datum af</translation>
    </message>
</context>
<context>
    <name>rd::ui::TrayIcon</name>
    <message>
        <source>Rode Draad: reminders of your one-on-ones</source>
        <translation>Rode Draad: herinneringen aan je gesprekken</translation>
    </message>
    <message>
        <source>&amp;Open Rode Draad</source>
        <translation>Rode Draad &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
</context>
<context>
    <name>rd::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Rode Draad</source>
        <translation>Welkom bij Rode Draad</translation>
    </message>
    <message>
        <source>Rode Draad helps you lead through trust instead of control. You log your one‑on‑ones, the decisions you delegate and the initiatives you recognise. From those logs it gives you signals, a question for your next one‑on‑one and a view of how you move from control to facilitation.</source>
        <translation>Rode Draad helpt je leiding te geven vanuit vertrouwen in plaats van controle. Je legt je 1‑op‑1‑gesprekken vast, de besluiten die je delegeert en de initiatieven die je erkent. Uit die vastleggingen haalt Rode Draad signalen, een vraag voor je volgende gesprek en een beeld van hoe je van controleren naar faciliteren gaat.</translation>
    </message>
    <message>
        <source>Everything stays in one file on this computer: no account, no network.</source>
        <translation>Alles blijft in één bestand op deze computer: geen account, geen netwerk.</translation>
    </message>
    <message>
        <source>Start with &amp;my own team</source>
        <translation>Beginnen met &amp;mijn eigen team</translation>
    </message>
    <message>
        <source>Explore with a &amp;sample team</source>
        <translation>Verkennen met een &amp;voorbeeldteam</translation>
    </message>
    <message>
        <source>A believable team of seven, in a separate file: your own data stays untouched.</source>
        <translation>Een herkenbaar team van zeven mensen, in een apart bestand: je eigen gegevens blijven onaangeroerd.</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>Een bestand &amp;openen…</translation>
    </message>
    <message>
        <source>A Rode Draad file you already have, for example from a USB stick.</source>
        <translation>Een Rode Draad-bestand dat je al hebt, bijvoorbeeld van een USB-stick.</translation>
    </message>
    <message>
        <source>Open a Rode Draad file</source>
        <translation>Een Rode Draad-bestand openen</translation>
    </message>
    <message>
        <source>Rode Draad files (*.sqlite *.db);;All files (*)</source>
        <translation>Rode Draad-bestanden (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
</context>
</TS>
