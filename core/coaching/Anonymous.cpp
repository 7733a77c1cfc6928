#include "Anonymous.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace rd {

QString alphabeticLabel(int n)
{
    QString label;
    for (++n; n > 0; n = (n - 1) / 26)
        label.prepend(QChar(u'A' + (n - 1) % 26));
    return label;
}

TeamLog withAnonymousNames(const TeamLog& log)
{
    TeamLog anonymous = log;
    for (qsizetype n = 0; n < anonymous.people.size(); ++n) {
        Person& person = anonymous.people[n];
        person.name = QCoreApplication::translate("rd::Anonymous", "Team member %1")
                          .arg(alphabeticLabel(int(n)));
        person.role.clear();
    }
    QStringList areas;
    for (const BoardEntry& entry : log.board)
        areas << entry.area;
    for (const Decision& decision : log.decisions)
        areas << decision.area;
    areas.removeAll(QString());
    areas.removeDuplicates();
    areas.sort(Qt::CaseInsensitive);
    QHash<QString, QString> alias;
    for (qsizetype n = 0; n < areas.size(); ++n)
        alias.insert(
            areas.at(n),
            QCoreApplication::translate("rd::Anonymous", "Area %1").arg(alphabeticLabel(int(n))));
    for (BoardEntry& entry : anonymous.board)
        entry.area = alias.value(entry.area);
    for (Decision& decision : anonymous.decisions)
        decision.area = alias.value(decision.area, decision.area);
    return anonymous;
}

namespace {
void leaveOut(QString& text)
{
    if (!text.trimmed().isEmpty())
        text = QCoreApplication::translate("rd::Anonymous", "(left out)");
}
} // namespace

TeamLog anonymised(const TeamLog& log)
{
    TeamLog anonymous = withAnonymousNames(log);
    for (OneOnOne& m : anonymous.oneOnOnes) {
        leaveOut(m.privateNotes);
        leaveOut(m.sharedSummary);
        for (AgendaItem& item : m.agenda)
            leaveOut(item.text);
        for (ActionItem& item : m.actions)
            leaveOut(item.text);
    }
    for (Decision& d : anonymous.decisions) {
        leaveOut(d.title);
        leaveOut(d.why);
        leaveOut(d.boundaries);
        leaveOut(d.learning);
    }
    for (Initiative& i : anonymous.initiatives)
        leaveOut(i.description);
    for (PromptState& state : anonymous.promptStates)
        state.note.clear(); // a reflection: nothing counts it
    return anonymous;
}

} // namespace rd
