#include "ui/ConflictsPage.h"

#include "models/StoreError.h"
#include "models/sync/ConflictListModel.h"
#include "ui/MessageBox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace leadbox {

ConflictsPage::ConflictsPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("conflictsPage"));
    auto* title = new QLabel(tr("Sync conflicts"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("conflictsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("conflictsTable"));
    m_view->setAccessibleName(tr("Sync conflicts"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* empty = new QLabel(tr("No conflicts.\n\nWhen you and a teammate change the same field of a lead "
                                "before syncing, both values show here and you choose which one to keep."));
    empty->setObjectName(QStringLiteral("conflictsEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);

    m_stack = new QStackedWidget;
    m_stack->addWidget(empty);
    m_stack->addWidget(m_view);

    m_keepLocal = new QPushButton(tr("Keep &Mine"));
    m_keepLocal->setObjectName(QStringLiteral("keepLocalButton"));
    m_keepLocal->setToolTip(tr("Send your value to the cloud over your teammate's"));
    m_keepServer = new QPushButton(tr("Keep &Cloud's"));
    m_keepServer->setObjectName(QStringLiteral("keepServerButton"));
    m_keepServer->setToolTip(tr("Take the cloud's value and drop yours"));
    connect(m_keepLocal, &QPushButton::clicked, this,
            [this] { resolveSelected(ConflictRepository::Keep::Local); });
    connect(m_keepServer, &QPushButton::clicked, this,
            [this] { resolveSelected(ConflictRepository::Keep::Server); });

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_keepServer);
    buttons->addWidget(m_keepLocal);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    updateState();
}

void ConflictsPage::setRepository(ConflictRepository* conflicts)
{
    m_repository = conflicts;
    ConflictListModel* previous = m_model;
    m_model = conflicts ? new ConflictListModel(*conflicts, this) : nullptr;
    m_view->setModel(m_model);
    delete previous;
    if (m_model) {
        m_view->horizontalHeader()->resizeSection(ConflictListModel::LeadColumn, 180);
        m_view->horizontalHeader()->resizeSection(ConflictListModel::FieldColumn, 110);
        m_view->horizontalHeader()->resizeSection(ConflictListModel::LocalColumn, 170);
        m_view->horizontalHeader()->resizeSection(ConflictListModel::ServerColumn, 170);
        m_view->horizontalHeader()->resizeSection(ConflictListModel::ChangedByColumn, 190);
        connect(m_model, &QAbstractItemModel::modelReset, this, &ConflictsPage::updateState);
        connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &ConflictsPage::updateState);
    }
    updateState();
}

void ConflictsPage::updateState()
{
    const int count = m_model ? m_model->rowCount() : 0;
    m_stack->setCurrentIndex(count > 0 ? 1 : 0);
    m_summary->setText(
        count > 0 ? tr("%n field(s) changed both here and by a teammate. Nothing is lost: choose which value "
                       "to keep for each, and the choice syncs.",
                       nullptr, count)
                  : QString());
    const bool selected = m_model && m_view->selectionModel() && m_view->selectionModel()->hasSelection();
    m_keepLocal->setEnabled(selected);
    m_keepServer->setEnabled(selected);
}

void ConflictsPage::resolveSelected(ConflictRepository::Keep keep)
{
    if (!m_repository || !m_model) {
        return;
    }
    QList<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        ids.append(m_model->conflictAt(index.row()).id);
    }
    std::sort(ids.begin(), ids.end());
    int done = 0;
    for (const qint64 id : std::as_const(ids)) {
        try {
            m_repository->resolve(id, keep);
            ++done;
        } catch (const StoreError& error) {
            if (error.kind() == StoreError::Kind::NotFound) {
                continue; // resolved meanwhile, e.g. by a sync that brought the same value
            }
            MessageBox::warning(this, tr("Resolve Conflict"), error.message());
            break;
        }
    }
    if (done > 0) {
        Q_EMIT resolved(done);
    }
}

} // namespace leadbox
