#pragma once

#include "storage/Repositories.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace rd::ui {

class Workspace;

/// Ctrl+F: finds team members by name or role, then searches all free text
/// (notes, agenda, actions, decisions, initiatives) through the full-text
/// index, best match or newest first (a choice that is remembered); matches
/// show in bold, and activating a result opens it (a team member: chooses them).
class SearchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchDialog)

public:
    explicit SearchDialog(Workspace& workspace, QWidget* parent = nullptr);
    void search(const QString& text);
    const QList<SearchHit>& hits() const { return m_hits; }

signals:
    void openRequested(const rd::SearchHit& hit);
    void personRequested(const QString& personId);

private:
    Workspace& m_workspace;
    QLineEdit* m_text;
    QComboBox* m_order;
    QListWidget* m_results;
    QList<SearchHit> m_hits;
    QStringList m_people; ///< the team members listed first, by id
};

} // namespace rd::ui
