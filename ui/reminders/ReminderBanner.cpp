#include "ReminderBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

ReminderBanner::ReminderBanner(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
{
    setObjectName(u"reminderBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_title->setObjectName(u"reminderBannerTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setForegroundRole(QPalette::ToolTipText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setObjectName(u"reminderBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_open->setObjectName(u"reminderBannerOpen"_s);
    m_dismiss->setObjectName(u"reminderBannerDismiss"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    auto* words = new QVBoxLayout;
    words->setSpacing(2);
    words->addWidget(m_title);
    words->addWidget(m_text);
    layout->addLayout(words, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_dismiss);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString person = m_waiting.isEmpty() ? QString() : m_waiting.first().personId;
        next();
        emit opened(person);
    });
    connect(m_dismiss, &QPushButton::clicked, this, &ReminderBanner::next);
    retranslate();
    hide();
}

void ReminderBanner::add(const ReminderNotice& notice)
{
    if (!notice.personId.isEmpty()) {
        m_waiting.removeIf(
            [&notice](const ReminderNotice& n) { return n.personId == notice.personId; });
    }
    m_waiting << notice;
    showFirst();
}

void ReminderBanner::next()
{
    if (!m_waiting.isEmpty())
        m_waiting.removeFirst();
    showFirst();
}

void ReminderBanner::showFirst()
{
    if (m_waiting.isEmpty()) {
        hide();
        return;
    }
    const ReminderNotice& first = m_waiting.first();
    QString text = first.text;
    if (m_waiting.size() > 1)
        text += (text.isEmpty() ? QString() : u"\n"_s) + tr("%n more reminder(s) after this one",
                                                            nullptr,
                                                            static_cast<int>(m_waiting.size()) - 1);
    m_title->setText(first.title);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    m_open->setText(first.personId.isEmpty() ? tr("See today") : tr("Prepare"));
    setAccessibleName(first.title);
    show();
}

void ReminderBanner::retranslate()
{
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Dismiss this reminder"));
    if (!m_waiting.isEmpty())
        showFirst();
}

void ReminderBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace rd::ui
