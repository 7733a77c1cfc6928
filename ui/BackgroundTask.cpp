#include "BackgroundTask.h"

#include "domain/Error.h"
#include "storage/Database.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

namespace rd::ui {

bool runInBackground(QWidget* parent, const QString& title, const QString& path,
                     const std::function<QString(Database&)>& work, QString* message)
{
    bool ok = false;
    QString result;
    QThread* thread = QThread::create([&] {
        try {
            Database db(path); // each thread its own connection
            result = work(db);
            ok = true;
        } catch (const Error& error) {
            result = error.message();
        }
    });
    QProgressDialog progress(title, QString(), 0, 0, parent);
    progress.setObjectName(QStringLiteral("backgroundProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    if (message)
        *message = result;
    return ok;
}

} // namespace rd::ui
