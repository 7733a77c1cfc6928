#include "Language.h"

#include <memory>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace rd {

namespace {
struct Installed
{
    QString code = u"en"_s;
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed()
{
    static Installed state;
    return state;
}
} // namespace

bool isSupportedLanguage(const QString& code)
{
    return code == u"en"_s || code == u"nl"_s;
}

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Dutch ? u"nl"_s : u"en"_s;
}

void installLanguage(const QString& code)
{
    Installed& state = installed();
    if (state.own)
        QCoreApplication::removeTranslator(state.own.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.own.reset();
    state.qt.reset();
    state.code = isSupportedLanguage(code) ? code : u"en"_s;
    // Dates and numbers follow the language too ("mei 26" beside Dutch labels),
    // keeping the system's regional habits when it speaks the same language.
    const QLocale::Language wanted = state.code == u"nl"_s ? QLocale::Dutch : QLocale::English;
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.language() == wanted
                            ? system
                            : QLocale(wanted, wanted == QLocale::Dutch ? QLocale::Netherlands
                                                                       : QLocale::UnitedKingdom));
    // English is the source language; its file only carries plural forms.
    auto own = std::make_unique<QTranslator>();
    if (own->load(u":/i18n/rodedraad_"_s + state.code + u".qm"_s)) {
        QCoreApplication::installTranslator(own.get());
        state.own = std::move(own);
    }
    if (state.code == u"en"_s)
        return;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(u"qtbase_"_s + state.code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
}

QString currentLanguage()
{
    return installed().code;
}

} // namespace rd
