#include "ProgressPage.h"

#include "progress/ChartPanel.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {
constexpr int periods[] = {3, 6, 12, 24, 0}; // months; 0 is "all"
constexpr int defaultPeriod = 2;             // 12 months
} // namespace

ProgressPage::ProgressPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_intro(new QLabel(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_personLabel(new QLabel(this))
    , m_person(new QComboBox(this))
    , m_exportReport(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_components(new QCheckBox(this))
    , m_charts(new QWidget)
{
    setObjectName(u"progressPage"_s);
    m_period->setObjectName(u"periodSelector"_s);
    m_person->setObjectName(u"personFilter"_s);
    m_exportReport->setObjectName(u"exportReportButton"_s);
    m_components->setObjectName(u"indexComponentsToggle"_s);
    m_status->setObjectName(u"progressStatus"_s);
    m_intro->setWordWrap(true);
    m_periodLabel->setBuddy(m_period);
    m_personLabel->setBuddy(m_person);
    for (int n = 0; n < int(std::size(periods)); ++n)
        m_period->addItem(QString(), periods[n]);
    m_period->setCurrentIndex(defaultPeriod);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_periodLabel);
    controls->addWidget(m_period);
    controls->addSpacing(12);
    controls->addWidget(m_personLabel);
    controls->addWidget(m_person);
    controls->addSpacing(12);
    controls->addWidget(m_status, 1);
    controls->addWidget(m_exportReport);

    m_charts->setObjectName(u"progressCharts"_s);
    auto* grid = new QGridLayout(m_charts);
    grid->setSpacing(8);
    m_components->hide(); // until its chart exists
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"progressScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_charts);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(controls);
    layout->addWidget(scroll, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_person, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_components, &QCheckBox::toggled, this,
            [this](bool on) { m_panels.first()->chart().setComponentsVisible(on); });
    connect(m_exportReport, &QPushButton::clicked, this, &ProgressPage::exportReportRequested);
    m_workspace.onChangeOf(this, {DataKind::People}, [this] { fillPeople(); });
    m_workspace.onChangeOf(this,
                           {DataKind::People, DataKind::OneOnOnes, DataKind::Decisions,
                            DataKind::Initiatives, DataKind::Board, DataKind::PromptStates,
                            DataKind::Settings},
                           [this] {
                               m_dirty = true;
                               m_cache.clear();
                               if (isVisible())
                                   refresh();
                           });
    connect(&m_workspace, &Workspace::promptHistoryChanged, this, [this] {
        m_cache.clear();
        if (isVisible())
            refresh();
        else
            m_dirty = true;
    });
    fillPeople();
    retranslate();
}

ProgressPage::~ProgressPage() = default;

void ProgressPage::ensureCharts()
{
    if (!m_panels.isEmpty())
        return;
    auto* grid = static_cast<QGridLayout*>(m_charts->layout());
    const QList<ChartKind> kinds = allChartKinds();
    for (qsizetype n = 0; n < kinds.size(); ++n) {
        auto* panel = new ChartPanel(kinds.at(n), m_charts);
        panel->retranslate();
        m_panels << panel;
        // One chart per row: a year of month labels stays readable at 1280 pixels.
        grid->addWidget(panel, int(n), 0);
    }
    m_panels.first()->toolRow()->insertWidget(0, m_components);
    m_components->show();
    m_dirty = true;
}

ProgressChart& ProgressPage::chart(ChartKind kind)
{
    ensureCharts();
    for (ChartPanel* panel : m_panels) {
        if (panel->chart().kind() == kind)
            return panel->chart();
    }
    Q_UNREACHABLE();
}

void ProgressPage::fillPeople()
{
    const QString current = m_person->currentData().toString();
    const QSignalBlocker blocker(m_person);
    m_person->clear();
    m_person->addItem(tr("Whole team"), QString());
    for (const Person& p : m_workspace.log().people) {
        if (!p.archived)
            m_person->addItem(p.name, p.id);
    }
    const int at = m_person->findData(current);
    m_person->setCurrentIndex(at < 0 ? 0 : at);
}

void ProgressPage::setPersonFilter(const QString& personId)
{
    const int at = m_person->findData(personId);
    m_person->setCurrentIndex(at < 0 ? 0 : at);
}

ProgressQuery ProgressPage::query() const
{
    return progressPeriod(m_period->currentData().toInt(), m_workspace.today(),
                          m_workspace.firstMonth(), m_person->currentData().toString());
}

QString ProgressPage::subject() const
{
    return m_person->currentIndex() > 0 ? m_person->currentText() : tr("Team");
}

void ProgressPage::refresh()
{
    ensureCharts();
    m_dirty = false;
    m_workspace.requestPromptHistory();
    const ProgressQuery shown = query();
    auto cached = m_cache.constFind(shown.personId);
    if (cached == m_cache.constEnd()) {
        // From the earliest month a preset reaches: 24 months back, or the first entry.
        const QDate today = m_workspace.today();
        QDate from(today.year(), today.month(), 1);
        from = from.addMonths(-(periods[std::size(periods) - 2] - 1));
        if (m_workspace.firstMonth().isValid())
            from = std::min(from, m_workspace.firstMonth());
        cached = m_cache.insert(shown.personId,
                                computeProgress(m_workspace.log(),
                                                ProgressQuery{from, today, shown.personId},
                                                m_workspace.promptHistory()));
    }
    m_data = sliceProgress(*cached, shown.from, shown.to);
    const QString who = subject();
    for (ChartPanel* panel : std::as_const(m_panels))
        panel->showData(m_data, who);
    m_status->setText(m_workspace.isPromptHistoryCurrent()
                          ? QString()
                          : tr("Counting the signals raised in earlier months…"));
}

void ProgressPage::showEvent(QShowEvent* event)
{
    ensureCharts();
    if (m_dirty)
        refresh();
    QWidget::showEvent(event);
}

void ProgressPage::retranslate()
{
    m_intro->setText(
        tr("Your path from control to facilitation, month by month. The figures describe what "
           "you do as a manager, never how your people score."));
    m_periodLabel->setText(tr("&Period:"));
    m_personLabel->setText(tr("&Show:"));
    const QStringList periodNames{tr("Last 3 months"), tr("Last 6 months"), tr("Last 12 months"),
                                  tr("Last 24 months"), tr("Everything")};
    for (int n = 0; n < periodNames.size(); ++n)
        m_period->setItemText(n, periodNames.at(n));
    m_period->setAccessibleName(tr("Period"));
    m_person->setAccessibleName(tr("Team or person"));
    if (m_person->count() > 0)
        m_person->setItemText(0, tr("Whole team"));
    m_exportReport->setText(tr("Export &report…"));
    m_components->setText(tr("Show the seven &components"));
    for (ChartPanel* panel : std::as_const(m_panels))
        panel->retranslate();
    if (!m_dirty)
        refresh();
}

} // namespace rd::ui
