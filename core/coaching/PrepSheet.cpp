#include "PrepSheet.h"

#include "domain/MarkdownText.h"
#include "i18n/LocalDate.h"
#include "PromptEngine.h"
#include "QuestionBank.h"

#include <algorithm>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rd {

std::optional<PrepSheet> prepareOneOnOne(const TeamLog& log, const QString& personId, QDate asOf,
                                         const PromptEngine& engine)
{
    return prepareOneOnOne(log, personId, asOf, engine.activePrompts(log, asOf));
}

std::optional<PrepSheet> prepareOneOnOne(const TeamLog& log, const QString& personId, QDate asOf,
                                         const QList<Prompt>& activePrompts,
                                         const MeetingDraft* draft)
{
    const Person* person = log.person(personId);
    if (!person)
        return std::nullopt;
    PrepSheet sheet;
    sheet.person = *person;
    sheet.asOf = asOf;
    for (const OneOnOne& m : log.oneOnOnes) {
        if (m.personId == personId && m.date <= asOf && m.status == MeetingStatus::Held &&
            (!sheet.lastMeeting || m.date >= sheet.lastMeeting->date))
            sheet.lastMeeting = m;
    }
    sheet.openActions = openActionsOf(log, personId, asOf);
    if (sheet.lastMeeting) {
        for (const AgendaItem& item : sheet.lastMeeting->agenda) {
            if (!item.covered)
                sheet.carriedAgenda << item;
        }
    }
    // A prepared agenda follows the last held 1:1 it was prepared after; once
    // another is the last (logged with the form, imported, or by the CLI), it
    // was that meeting's and is history. An undo of that meeting brings it back.
    const bool prepared = draft && draft->personId == personId && !draft->begun &&
                          draft->preparedAfter == (sheet.lastMeeting ? sheet.lastMeeting->id : 0);
    sheet.meetingUnderWay = draft && draft->personId == personId && draft->begun;
    if (prepared || sheet.meetingUnderWay) {
        sheet.agenda = draft->agenda;
        for (const AgendaItem& item : sheet.carriedAgenda) {
            const bool kept =
                std::any_of(sheet.agenda.cbegin(), sheet.agenda.cend(),
                            [&item](const AgendaItem& a) { return a.text == item.text; });
            if (!kept)
                sheet.droppedAgenda << item;
        }
    } else {
        sheet.agenda = sheet.carriedAgenda;
    }
    const QDate horizon = asOf.addDays(person->cadenceDays);
    for (const Decision& d : log.decisions) {
        if (d.personId == personId && d.date <= asOf && d.outcome == DecisionOutcome::Pending &&
            d.reviewOn.isValid() && d.reviewOn <= horizon)
            sheet.decisionsToReview << d;
    }
    for (const Initiative& i : log.initiatives) {
        if (i.personId == personId && i.date <= asOf && i.kind == InitiativeKind::Initiative &&
            !(i.recognisedOn.isValid() ? i.recognisedOn <= asOf : i.recognition.has_value()))
            sheet.initiativesToRecognise << i;
    }
    for (const Prompt& p : activePrompts) {
        if (p.personId == personId)
            sheet.prompts << p;
    }
    sheet.questions = suggestQuestions(sheet.prompts, personId + asOf.toString(Qt::ISODate));
    return sheet;
}

QString closeActionLink(int index)
{
    return u"rodedraad:close-action/%1"_s.arg(index);
}

QString leverLink(Lever lever)
{
    return u"rodedraad:lever/"_s + toId(lever);
}

QString agendaLink(AgendaChange change, int index)
{
    return (change == AgendaChange::Drop ? u"rodedraad:drop-topic/%1"_s
                                         : u"rodedraad:keep-topic/%1"_s)
        .arg(index);
}

namespace {
MeetingDraft preparedDraft(const PrepSheet& sheet, QList<AgendaItem> agenda)
{
    MeetingDraft d;
    d.personId = sheet.person.id;
    d.date = sheet.asOf;
    d.begun = false;
    d.preparedAfter = sheet.lastMeeting ? sheet.lastMeeting->id : 0;
    d.agenda = std::move(agenda);
    return d;
}
} // namespace

std::optional<MeetingDraft> changedAgenda(const PrepSheet& sheet, AgendaChange change, int index)
{
    const QList<AgendaItem>& from =
        change == AgendaChange::Drop ? sheet.agenda : sheet.droppedAgenda;
    if (sheet.meetingUnderWay || index < 0 || index >= from.size())
        return std::nullopt;
    QList<AgendaItem> agenda = sheet.agenda;
    if (change == AgendaChange::Drop)
        agenda.removeAt(index);
    else
        agenda << from.at(index);
    return preparedDraft(sheet, agenda);
}

std::optional<MeetingDraft> agendaWithTopic(const PrepSheet& sheet, const QString& topic)
{
    const QString text = topic.simplified();
    const bool onIt =
        std::any_of(sheet.agenda.cbegin(), sheet.agenda.cend(), [&text](const AgendaItem& a) {
            return a.text.compare(text, Qt::CaseInsensitive) == 0;
        });
    if (sheet.meetingUnderWay || text.isEmpty() || onIt)
        return std::nullopt;
    QList<AgendaItem> agenda = sheet.agenda;
    agenda << AgendaItem{text, Party::Manager, false};
    return preparedDraft(sheet, agenda);
}

QString prepSheetMarkdown(const PrepSheet& sheet, SheetLinks links)
{
    QString md;
    auto line = [&md](const QString& text = {}) {
        md += text + u'\n';
    };
    auto section = [&](const QString& title, const QStringList& items, const QString& empty) {
        line(u"## "_s + title);
        line();
        if (items.isEmpty())
            line(empty);
        for (const QString& item : items)
            line(u"- "_s + item);
        line();
    };
    const QString iso = localDate(sheet.asOf);
    line(u"# "_s + QCoreApplication::translate("rd::PrepSheet", "One-on-one with %1")
                       .arg(markdownText(sheet.person.name)));
    line();
    line(QCoreApplication::translate("rd::PrepSheet", "Prepared for %1.").arg(iso));
    line();

    line(u"## "_s + QCoreApplication::translate("rd::PrepSheet", "Last time"));
    line();
    if (!sheet.lastMeeting) {
        line(QCoreApplication::translate("rd::PrepSheet", "No one-on-one held yet."));
    } else {
        line(QCoreApplication::translate("rd::PrepSheet", "Held on %1.")
                 .arg(localDate(sheet.lastMeeting->date)));
        if (!sheet.lastMeeting->sharedSummary.isEmpty()) {
            line();
            line(u"> "_s + markdownText(sheet.lastMeeting->sharedSummary));
        }
    }
    line();

    // The coming agenda: carried over or prepared, each with its way off it;
    // what was dropped with its way back (only in the app's view).
    QStringList agenda;
    for (qsizetype i = 0; i < sheet.agenda.size(); ++i) {
        const AgendaItem& item = sheet.agenda.at(i);
        QString text = markdownText(item.text) + u" ("_s + label(item.raisedBy).toLower() + u')';
        if (links == SheetLinks::Actions && !sheet.meetingUnderWay)
            text += u" · ["_s + QCoreApplication::translate("rd::PrepSheet", "drop") + u"]("_s +
                    agendaLink(AgendaChange::Drop, int(i)) + u')';
        agenda << text;
    }
    if (links == SheetLinks::Actions && !sheet.meetingUnderWay) {
        for (qsizetype i = 0; i < sheet.droppedAgenda.size(); ++i)
            agenda << u"~~"_s + markdownText(sheet.droppedAgenda.at(i).text) + u"~~ · ["_s +
                          QCoreApplication::translate("rd::PrepSheet", "put back on the agenda") +
                          u"]("_s + agendaLink(AgendaChange::PutBack, int(i)) + u')';
    }
    const QString agendaEmpty =
        !sheet.lastMeeting
            ? QCoreApplication::translate("rd::PrepSheet", "Nothing carries over yet.")
        : sheet.carriedAgenda.isEmpty()
            ? QCoreApplication::translate("rd::PrepSheet", "Everything was covered last time.")
            : QCoreApplication::translate("rd::PrepSheet", "Every topic carried over was dropped.");
    section(QCoreApplication::translate("rd::PrepSheet", "Agenda"), agenda, agendaEmpty);
    if (sheet.meetingUnderWay) {
        line(QCoreApplication::translate(
            "rd::PrepSheet", "The one-on-one has begun: its meeting view holds the agenda."));
        line();
    }

    QStringList actions;
    for (qsizetype i = 0; i < sheet.openActions.size(); ++i) {
        const OpenAction& a = sheet.openActions.at(i);
        QString text = u"**"_s + label(a.item.owner) + u"**: "_s + markdownText(a.item.text);
        if (a.item.due.isValid())
            text +=
                u" ("_s +
                QCoreApplication::translate("rd::PrepSheet", "due %1").arg(localDate(a.item.due)) +
                u')';
        if (links == SheetLinks::Actions)
            text += u" · ["_s + QCoreApplication::translate("rd::PrepSheet", "mark done") +
                    u"]("_s + closeActionLink(int(i)) + u')';
        actions << text;
    }
    section(QCoreApplication::translate("rd::PrepSheet", "Open action items"), actions,
            QCoreApplication::translate("rd::PrepSheet", "No open action items."));

    QStringList decisions;
    for (const Decision& d : sheet.decisionsToReview)
        decisions << QCoreApplication::translate("rd::PrepSheet", "%1 (%2, review %3)")
                         .arg(markdownText(d.title), levelDisplay(d.level), localDate(d.reviewOn));
    section(QCoreApplication::translate("rd::PrepSheet", "Decisions to review"), decisions,
            QCoreApplication::translate("rd::PrepSheet", "No decisions due for review."));

    QStringList initiatives;
    for (const Initiative& i : sheet.initiativesToRecognise)
        initiatives << localDate(i.date) + u": "_s + markdownText(i.description);
    section(QCoreApplication::translate("rd::PrepSheet", "Initiatives to recognise"), initiatives,
            QCoreApplication::translate("rd::PrepSheet", "Every initiative has been recognised."));

    line(u"## "_s + QCoreApplication::translate("rd::PrepSheet", "Signals"));
    line();
    if (sheet.prompts.isEmpty())
        line(QCoreApplication::translate("rd::PrepSheet", "No signals for this person."));
    for (const Prompt& p : sheet.prompts) {
        line(u"### "_s + markdownText(p.title));
        line();
        if (links == SheetLinks::Actions) {
            line(u"*["_s +
                 QCoreApplication::translate("rd::PrepSheet", "Lever: %1").arg(label(p.lever)) +
                 u"]("_s + leverLink(p.lever) + u")*"_s);
            line();
        }
        for (const QString& e : p.evidence)
            line(u"- "_s + markdownText(e));
        line();
        line(u"*"_s + markdownText(p.why) + u'*');
        line();
        line(u"**"_s + QCoreApplication::translate("rd::PrepSheet", "Ask:") + u"** "_s +
             markdownText(p.question));
        line();
        line(u"**"_s + QCoreApplication::translate("rd::PrepSheet", "Step:") + u"** "_s +
             markdownText(p.action));
        line();
    }
    section(QCoreApplication::translate("rd::PrepSheet", "Suggested questions"), sheet.questions,
            QString());
    return md;
}

} // namespace rd
