#pragma once

#include <QString>

namespace rd {

/// This build's version ("0.1.0"), from the project() call in CMakeLists.txt.
QString rodedraadVersion();

} // namespace rd
