<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>rd::Cli</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %n-page report to %1.</source>
        <translation>
            <numerusform>Wrote the %n-page report to %1.</numerusform>
            <numerusform>Wrote the %n-page report to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s)</source>
        <translation>
            <numerusform>%n open item</numerusform>
            <numerusform>%n open items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Focus: %1 of %n signal(s)</source>
        <translation>
            <numerusform>Focus: %1 of %n signal</numerusform>
            <numerusform>Focus: %1 of %n signals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None in the last %n day(s) yet.</source>
        <translation>
            <numerusform>None in the last day yet.</numerusform>
            <numerusform>None in the last %n days yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would plan %n one-on-one(s) (nothing changed: --dry-run).</source>
        <translation>
            <numerusform>Would plan %n one-on-one (nothing changed: --dry-run).</numerusform>
            <numerusform>Would plan %n one-on-ones (nothing changed: --dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %n one-on-one(s).</source>
        <translation>
            <numerusform>Planned %n one-on-one.</numerusform>
            <numerusform>Planned %n one-on-ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n planned one-on-one(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n planned one-on-one to %1.</numerusform>
            <numerusform>Wrote %n planned one-on-ones to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n day(s) already planned with %1.</source>
        <translation>
            <numerusform>Left out %n day already planned with %1.</numerusform>
            <numerusform>Left out %n days already planned with %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::Database</name>
    <message numerus="yes">
        <source>Its check did not finish within %n second(s), longer than any Rode Draad file takes.</source>
        <translation>
            <numerusform>Its check did not finish within %n second, longer than any Rode Draad file takes.</numerusform>
            <numerusform>Its check did not finish within %n seconds, longer than any Rode Draad file takes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lacks the last %n change(s) Rode Draad saved to it: its write-ahead log was damaged or removed, or an older copy was put in its place.</source>
        <translation>
            <numerusform>%1 lacks the last change Rode Draad saved to it: its write-ahead log was damaged or removed, or an older copy was put in its place.</numerusform>
            <numerusform>%1 lacks the last %n changes Rode Draad saved to it: its write-ahead log was damaged or removed, or an older copy was put in its place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::Export</name>
    <message numerus="yes">
        <source>One-on-one cadence: every %n day(s)</source>
        <translation>
            <numerusform>One-on-one cadence: every day</numerusform>
            <numerusform>One-on-one cadence: every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::Reminders</name>
    <message numerus="yes">
        <source>Today: %n one-on-one(s)</source>
        <translation>
            <numerusform>Today: %n one-on-one</numerusform>
            <numerusform>Today: %n one-on-ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prepare %n one-on-one(s)</source>
        <translation>
            <numerusform>Prepare %n one-on-one</numerusform>
            <numerusform>Prepare %n one-on-ones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::Week</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) over</source>
        <translation>
            <numerusform>%n day over</numerusform>
            <numerusform>%n days over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::coaching::AgendaOwnedByManager</name>
    <message numerus="yes">
        <source>%1 of %2 agenda items raised by %3 over %n one-on-one(s).</source>
        <translation>
            <numerusform>%1 of %2 agenda items raised by %3 over %n one-on-one.</numerusform>
            <numerusform>%1 of %2 agenda items raised by %3 over %n one-on-ones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::coaching::CheckInHeavy</name>
    <message numerus="yes">
        <source>%1: %n check-in(s)</source>
        <translation>
            <numerusform>%1: %n check-in</numerusform>
            <numerusform>%1: %n check-ins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::coaching::ComplianceOnlyRecognition</name>
    <message numerus="yes">
        <source>%1 of %2 recognitions in the last %n day(s) were for doing what was asked.</source>
        <translation>
            <numerusform>%1 of %2 recognitions in the last %n day was for doing what was asked.</numerusform>
            <numerusform>%1 of %2 recognitions in the last %n days were for doing what was asked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::coaching::ContextNotShared</name>
    <message numerus="yes">
        <source>No context shared in your last %n one-on-one(s) with %1</source>
        <translation>
            <numerusform>No context shared in your last one-on-one with %1</numerusform>
            <numerusform>No context shared in your last %n one-on-ones with %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::coaching::DecisionOverridden</name>
    <message numerus="yes">
        <source>You overrode %n decision(s) delegated to %1</source>
        <translation>
            <numerusform>You overrode %n decision delegated to %1</numerusform>
            <numerusform>You overrode %n decisions delegated to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::coaching::DecisionReviewOverdue</name>
    <message numerus="yes">
        <source>%n decision(s) with %1 are past their review date</source>
        <translation>
            <numerusform>%n decision with %1 is past their review date</numerusform>
            <numerusform>%n decisions with %1 are past their review date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::coaching::DecisionWithoutBoundaries</name>
    <message numerus="yes">
        <source>%n decision(s) delegated to %1 without boundaries</source>
        <translation>
            <numerusform>%n decision delegated to %1 without boundaries</numerusform>
            <numerusform>%n decisions delegated to %1 without boundaries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::coaching::DecisionWithoutWhy</name>
    <message numerus="yes">
        <source>%n recent decision(s) for %1 have no why</source>
        <translation>
            <numerusform>%n recent decision for %1 has no why</numerusform>
            <numerusform>%n recent decisions for %1 have no why</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::coaching::InitiativeUnrecognised</name>
    <message numerus="yes">
        <source>%n initiative(s) by %1 not recognised yet</source>
        <translation>
            <numerusform>%n initiative by %1 not recognised yet</numerusform>
            <numerusform>%n initiatives by %1 not recognised yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::coaching::LevelStuck</name>
    <message numerus="yes">
        <source>All %n recent decision(s) with %1 stayed at level %2 (%3) or below</source>
        <translation>
            <numerusform>Your one recent decision with %1 stayed at level %2 (%3) or below</numerusform>
            <numerusform>All %n recent decisions with %1 stayed at level %2 (%3) or below</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::coaching::ManagerActionsOverdue</name>
    <message numerus="yes">
        <source>%n of your own action(s) for %1 are overdue</source>
        <translation>
            <numerusform>%n of your own actions for %1 is overdue</numerusform>
            <numerusform>%n of your own actions for %1 are overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::coaching::NoDelegationAgreement</name>
    <message numerus="yes">
        <source>Joined %1, %n day(s) ago; no cell on the delegation board.</source>
        <translation>
            <numerusform>Joined %1, %n day ago; no cell on the delegation board.</numerusform>
            <numerusform>Joined %1, %n days ago; no cell on the delegation board.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::coaching::NoMistakesDiscussed</name>
    <message numerus="yes">
        <source>No mistake or setback discussed in your last %n one-on-one(s) with %1</source>
        <translation>
            <numerusform>No mistake or setback discussed in your last one-on-one with %1</numerusform>
            <numerusform>No mistake or setback discussed in your last %n one-on-ones with %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::coaching::OneOnOneOverdue</name>
    <message numerus="yes">
        <source>%n day(s) since your last one-on-one with %1</source>
        <translation>
            <numerusform>%n day since your last one-on-one with %1</numerusform>
            <numerusform>%n days since your last one-on-one with %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreed rhythm: every %n day(s).</source>
        <translation>
            <numerusform>Agreed rhythm: every day.</numerusform>
            <numerusform>Agreed rhythm: every %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No one-on-one with %1 yet, %n day(s) after they joined</source>
        <translation>
            <numerusform>No one-on-one with %1 yet, %n day after they joined</numerusform>
            <numerusform>No one-on-one with %1 yet, %n days after they joined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::coaching::RecognitionGap</name>
    <message numerus="yes">
        <source>No recognition for %1 in the last %n day(s)</source>
        <translation>
            <numerusform>No recognition for %1 in the last day</numerusform>
            <numerusform>No recognition for %1 in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other team member(s) were recognised in the same period.</source>
        <translation>
            <numerusform>%n other team member was recognised in the same period.</numerusform>
            <numerusform>%n other team members were recognised in the same period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::ActionsModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>moved %n time(s), first due %1</source>
        <translation>
            <numerusform>moved %n time, first due %1</numerusform>
            <numerusform>moved %n times, first due %1</numerusform>
        </translation>
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
            <numerusform>Moved %n time; first due %1</numerusform>
            <numerusform>Moved %n times; first due %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::ActionsPage</name>
    <message numerus="yes">
        <source>%n open action(s), none overdue.</source>
        <translation>
            <numerusform>%n open action, none overdue.</numerusform>
            <numerusform>%n open actions, none overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s), %1 overdue: tick what is done, or agree a new date.</source>
        <translation>
            <numerusform>%n open action, %1 overdue: tick what is done, or agree a new date.</numerusform>
            <numerusform>%n open actions, %1 overdue: tick what is done, or agree a new date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::CalendarImportDialog</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already planned</source>
        <translation>
            <numerusform>%n already planned</numerusform>
            <numerusform>%n already planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already logged</source>
        <translation>
            <numerusform>%n already logged</numerusform>
            <numerusform>%n already logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) from %1</source>
        <translation>
            <numerusform>%n meeting from %1</numerusform>
            <numerusform>%n meetings from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Plan %n one-on-one(s)</source>
        <translation>
            <numerusform>&amp;Plan %n one-on-one</numerusform>
            <numerusform>&amp;Plan %n one-on-ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the coming six months.</source>
        <translation>
            <numerusform>%n event in the coming six months.</numerusform>
            <numerusform>%n events in the coming six months.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::CoachingReport</name>
    <message numerus="yes">
        <source>The ten biggest rises and the ten biggest falls of %n team members.</source>
        <translation>
            <numerusform>The ten biggest rises and the ten biggest falls of %n team members.</numerusform>
            <numerusform>The ten biggest rises and the ten biggest falls of %n team members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open signals, grouped by rule.</source>
        <translation>
            <numerusform>%n open signal, grouped by rule.</numerusform>
            <numerusform>%n open signals, grouped by rule.</numerusform>
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
    <name>rd::ui::EntriesPage</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::HomeView</name>
    <message numerus="yes">
        <source>evidence from %1, older than %n day(s)</source>
        <translation>
            <numerusform>evidence from %1, older than %n day</numerusform>
            <numerusform>evidence from %1, older than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing in the last %n day(s) yet: recognise an initiative, or log a delegated decision that went well.</source>
        <translation>
            <numerusform>Nothing in the last day yet: recognise an initiative, or log a delegated decision that went well.</numerusform>
            <numerusform>Nothing in the last %n days yet: recognise an initiative, or log a delegated decision that went well.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::MainWindow</name>
    <message numerus="yes">
        <source>Saved the %n-page report to %1.</source>
        <translation>
            <numerusform>Saved the %n-page report to %1.</numerusform>
            <numerusform>Saved the %n-page report to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan %n one-on-one(s) with %1</source>
        <translation>
            <numerusform>Plan %n one-on-one with %1</numerusform>
            <numerusform>Plan %n one-on-ones with %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %n one-on-one(s) with %1.</source>
        <translation>
            <numerusform>Planned %n one-on-one with %1.</numerusform>
            <numerusform>Planned %n one-on-ones with %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n planned one-on-one(s)</source>
        <translation>
            <numerusform>Import %n planned one-on-one</numerusform>
            <numerusform>Import %n planned one-on-ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %n one-on-one(s) from the calendar file.</source>
        <translation>
            <numerusform>Planned %n one-on-one from the calendar file.</numerusform>
            <numerusform>Planned %n one-on-ones from the calendar file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n planned one-on-one(s) to %1; open it with your calendar to update it.</source>
        <translation>
            <numerusform>Wrote %n planned one-on-one to %1; open it with your calendar to update it.</numerusform>
            <numerusform>Wrote %n planned one-on-ones to %1; open it with your calendar to update it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::PlanDialog</name>
    <message numerus="yes">
        <source>&amp;Repeat every %n day(s), their rhythm, for six months</source>
        <translation>
            <numerusform>&amp;Repeat every day, their rhythm, for six months</numerusform>
            <numerusform>&amp;Repeat every %n days, their rhythm, for six months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::PlansDialog</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::ProgressChart</name>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::ReminderBanner</name>
    <message numerus="yes">
        <source>%n more reminder(s) after this one</source>
        <translation>
            <numerusform>%n more reminder after this one</numerusform>
            <numerusform>%n more reminders after this one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::RestoreDialog</name>
    <message numerus="yes">
        <source>%n older backup(s) in %1 date from before backups were kept per file, so they are not listed. Open one with File › Open to look inside.</source>
        <translation>
            <numerusform>%n older backup in %1 dates from before backups were kept per file, so it is not listed. Open it with File › Open to look inside.</numerusform>
            <numerusform>%n older backups in %1 date from before backups were kept per file, so they are not listed. Open one with File › Open to look inside.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::StorageCommand</name>
    <message numerus="yes">
        <source>Close %n action(s)</source>
        <translation>
            <numerusform>Close %n action</numerusform>
            <numerusform>Close %n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the due date of %n action(s)</source>
        <translation>
            <numerusform>Move the due date of %n action</numerusform>
            <numerusform>Move the due date of %n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::TeamModel</name>
    <message numerus="yes">
        <source>last 1:1 %n day(s) ago</source>
        <translation>
            <numerusform>last 1:1 %n day ago</numerusform>
            <numerusform>last 1:1 %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s)</source>
        <translation>
            <numerusform>%n signal</numerusform>
            <numerusform>%n signals</numerusform>
        </translation>
    </message>
</context>
</TS>
