#include "HowItWorks.h"

#include "coaching/FacilitationIndex.h"
#include "coaching/PrepSheet.h"
#include "coaching/RuleNames.h"
#include "coaching/rules/RuleCatalogue.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {
QString anchorOf(Lever lever)
{
    return u"lever-"_s + toId(lever);
}

QString paragraph(const QString& text)
{
    return u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

/// What the manager does under a lever, in the seed article's terms.
QString leverText(Lever lever)
{
    switch (lever) {
    case Lever::TrustConcrete:
        return HowItWorks::tr(
            "Say what trust means here: for each person and each decision area, agree where "
            "they have room to decide and where boundaries are needed. The delegation board "
            "holds those agreements, and the date each was made.");
    case Lever::CoachNotControl:
        return HowItWorks::tr(
            "Good managers steer not only on figures but on behaviour, energy and direction. "
            "Ask rather than tell, listen more than you talk, and let the team member own the "
            "agenda of the one-on-one. Coaching replaces control.");
    case Lever::Transparency:
        return HowItWorks::tr(
            "Share goals, results and decisions: knowing what is going on creates commitment. "
            "Give each decision its why and its boundaries, close the loop on what you agreed, "
            "and keep your own promises.");
    case Lever::RewardInitiative:
        return HowItWorks::tr(
            "Recognise the people who take responsibility, also when it did not work out at "
            "once. Recognising only work done as asked teaches compliance; recognising "
            "initiative strengthens the culture you want.");
    case Lever::PsychologicalSafety:
        return HowItWorks::tr(
            "Discussing a mistake must never be a risk. Talk about setbacks as something to "
            "learn from, and never punish a failed attempt by taking the room back: where it "
            "is safe, learning grows into improving by itself.");
    }
    return {};
}

/// An example decision at each level, from the manager's side.
QString levelExample(DelegationLevel level)
{
    switch (level) {
    case DelegationLevel::Tell:
        return HowItWorks::tr("Safety rules the law sets: you decide, and you explain why.");
    case DelegationLevel::Sell:
        return HowItWorks::tr(
            "A reorganisation decided above you: you decide, and win them over to it.");
    case DelegationLevel::Consult:
        return HowItWorks::tr("Choosing a new supplier: you ask for their view, then decide.");
    case DelegationLevel::Agree:
        return HowItWorks::tr("The team's holiday rota: you decide together.");
    case DelegationLevel::Advise:
        return HowItWorks::tr("How a project is planned: you give advice, they decide.");
    case DelegationLevel::Inquire:
        return HowItWorks::tr(
            "Answering a customer's complaint: they decide and tell you afterwards.");
    case DelegationLevel::Delegate:
        return HowItWorks::tr("How they organise their own working week: entirely theirs.");
    }
    return {};
}

/// What raises a component, and what lowers it.
QString componentText(IndexComponent component)
{
    switch (component) {
    case IndexComponent::AgendaOwnership:
        return HowItWorks::tr(
            "The share of agenda items the team member raised. It rises when they bring their "
            "own topics (60% or more is the aim) and falls when you set the agenda.");
    case IndexComponent::Listening:
        return HowItWorks::tr(
            "100 minus your estimated share of the talking in one-on-ones. It rises when you "
            "ask and listen, and falls when you do most of the talking.");
    case IndexComponent::DelegationDepth:
        return HowItWorks::tr(
            "How far the month's decisions were delegated: 0 when you told them all, 100 when "
            "you delegated them all fully. It rises with every decision left to them.");
    case IndexComponent::TrustKept:
        return HowItWorks::tr(
            "The share of decisions you did not override or take back. Every decision you "
            "took back lowers it.");
    case IndexComponent::InitiativeRewarded:
        return HowItWorks::tr(
            "The share of your recognitions that rewarded initiative rather than work done as "
            "asked. It rises when you recognise someone who took responsibility.");
    case IndexComponent::SafeToFail:
        return HowItWorks::tr(
            "The share of one-on-ones held in which a mistake or setback was discussed as "
            "something to learn from.");
    case IndexComponent::Rhythm:
        return HowItWorks::tr(
            "The share of one-on-ones due by each person's rhythm that were held. Cancelled "
            "and slipped meetings lower it.");
    }
    return {};
}
} // namespace

std::optional<Lever> leverOfLink(const QUrl& url)
{
    for (const Lever lever : allValues<Lever>()) {
        if (url.toString() == leverLink(lever))
            return lever;
    }
    return std::nullopt;
}

HowItWorks::HowItWorks(QWidget* parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setObjectName(u"howItWorks"_s);
    m_text->setObjectName(u"howItWorksText"_s);
    m_text->setOpenLinks(false);
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme().isEmpty() && !url.fragment().isEmpty())
            m_text->scrollToAnchor(url.fragment());
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(720, 640);
    retranslate();
}

void HowItWorks::retranslate()
{
    setWindowTitle(tr("How Rode Draad works"));
    m_text->setAccessibleName(tr("How Rode Draad works"));
    m_text->setHtml(html());
}

void HowItWorks::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void HowItWorks::showLever(Lever lever)
{
    m_text->scrollToAnchor(anchorOf(lever));
}

QString HowItWorks::html()
{
    QString h = u"<h1>"_s + tr("How Rode Draad works").toHtmlEscaped() + u"</h1>"_s;
    h += paragraph(
        tr("Lasting performance grows from trust, not from control. Trust is the red thread that "
           "ties people, teams and work together. It is not the absence of structure: it is "
           "direction and room. People take responsibility once they know the goal, why it "
           "matters, and how much room they have to decide."));
    h += paragraph(
        tr("Rode Draad helps you move from controlling to facilitating. You log your one-on-ones, "
           "the decisions you delegate and the initiatives you recognise. From those logs it "
           "raises signals: what the logs show, why it matters, one question for your next "
           "one-on-one and one concrete step."));

    h += u"<h2>"_s + tr("The figures describe you, never your team").toHtmlEscaped() + u"</h2>"_s;
    h += paragraph(
        tr("Every figure in Rode Draad is about your own behaviour as a manager: how much you "
           "talk, how far you delegate, whether you recognise an attempt. Nothing rates or ranks "
           "a team member. Measure to learn, not to control."));

    h += u"<h2>"_s + tr("The five levers").toHtmlEscaped() + u"</h2>"_s;
    h += paragraph(tr("Every signal belongs to one of five levers:"));
    h += u"<ul>"_s;
    for (const Lever lever : allValues<Lever>())
        h +=
            u"<li><a href=\"#%1\">%2</a></li>"_s.arg(anchorOf(lever), label(lever).toHtmlEscaped());
    h += u"</ul>"_s;
    for (const Lever lever : allValues<Lever>()) {
        h += u"<a name=\"%1\"></a><h3>%2</h3>"_s.arg(anchorOf(lever), label(lever).toHtmlEscaped());
        h += paragraph(leverText(lever));
        QStringList names;
        for (const auto& rule : coaching::ruleCatalogue()) {
            if (rule->lever() == lever)
                names << ruleName(rule->id()).toHtmlEscaped();
        }
        h += u"<p><i>"_s + tr("Its signals:").toHtmlEscaped() + u"</i> "_s + names.join(u"; "_s) +
             u"</p>"_s;
    }

    h += u"<a name=\"levels\"></a><h2>"_s + tr("The seven delegation levels").toHtmlEscaped() +
         u"</h2>"_s;
    h += paragraph(
        tr("A decision can be taken at seven levels, from you alone to them alone. Agree the "
           "level per decision area on the delegation board; raising a level over time is the "
           "visible path from control to facilitation. Not every decision belongs at the top: "
           "what matters is that the level is agreed, and that it is kept."));
    h += u"<table cellpadding=\"4\">"_s;
    for (const DelegationLevel level : allValues<DelegationLevel>())
        h += u"<tr><td><b>%1</b></td><td>%2<br><small>%3</small></td></tr>"_s.arg(
            levelDisplay(level).toHtmlEscaped(), levelDescription(level).toHtmlEscaped(),
            levelExample(level).toHtmlEscaped());
    h += u"</table>"_s;

    h +=
        u"<a name=\"index\"></a><h2>"_s + tr("The facilitation index").toHtmlEscaped() + u"</h2>"_s;
    h += paragraph(
        tr("One figure from 0 to 100 per month, for you: the average of seven components, each "
           "from 0 to 100. A component without data that month is left out and the others count "
           "for more, so the index is never guessed. Each component is shown beside it: the "
           "index is never a black box."));
    h += u"<ul>"_s;
    for (int c = 0; c < IndexComponentCount; ++c) {
        const auto component = IndexComponent(c);
        h += u"<li><b>"_s + componentLabel(component).toHtmlEscaped() + u"</b>: "_s +
             componentText(component).toHtmlEscaped() + u"</li>"_s;
    }
    h += u"</ul>"_s;
    return h;
}

} // namespace rd::ui
