// A core file breaking every core rule: tests/layering.cmake must report each of them.
#include "Bad.h"
#include "ui/MainWindow.h"
#include <QWidget>
#include <QtGui/QColor>
#include <QObject>
