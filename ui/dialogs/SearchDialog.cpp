#include "SearchDialog.h"

#include "domain/Error.h"
#include "domain/IsoDate.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

SearchDialog::SearchDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_text(new QLineEdit(this))
    , m_results(new QListWidget(this))
{
    setObjectName(u"searchDialog"_s);
    setWindowTitle(tr("Search"));
    m_text->setObjectName(u"searchText"_s);
    m_text->setPlaceholderText(tr("Search notes, agenda, actions, decisions and initiatives"));
    m_text->setAccessibleName(tr("Search text"));
    m_text->setClearButtonEnabled(true);
    m_results->setObjectName(u"searchResults"_s);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setWordWrap(true);
    connect(m_text, &QLineEdit::textChanged, this, &SearchDialog::search);
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0)
            m_results->setCurrentRow(0), m_results->setFocus();
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int row = m_results->row(item);
        if (row >= 0 && row < m_hits.size()) {
            emit openRequested(m_hits.at(row));
            accept();
        }
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &SearchDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(620, 460);
}

void SearchDialog::search(const QString& text)
{
    m_results->clear();
    try {
        m_hits = SearchRepository(m_workspace.database()).search(text, 100);
    } catch (const Error& error) {
        m_hits.clear();
        m_results->addItem(error.message());
        return;
    }
    const TeamLog& log = m_workspace.log();
    for (const SearchHit& hit : m_hits) {
        QString kind;
        switch (hit.kind) {
        case SearchHit::Kind::OneOnOne:
            kind = tr("One-on-one notes");
            break;
        case SearchHit::Kind::AgendaItem:
            kind = tr("Agenda item");
            break;
        case SearchHit::Kind::ActionItem:
            kind = tr("Action item");
            break;
        case SearchHit::Kind::Decision:
            kind = tr("Decision");
            break;
        case SearchHit::Kind::Initiative:
            kind = tr("Initiative");
            break;
        }
        const Person* person = log.person(hit.personId);
        auto* item =
            new QListWidgetItem(kind + u" · "_s + (person ? person->name : hit.personId) +
                                u" · "_s + isoDate(hit.date) + u'\n' + hit.snippet.simplified());
        m_results->addItem(item);
    }
}

} // namespace rd::ui
