// The native library's entry points. The plugin folder's Python loader
// (__init__.py) opens this library and calls these two functions; they are
// the only symbols the library exports. qgis_process and QGIS desktop both
// reach the provider this way, because qgis_process loads no C++ plugins.

#include "targetgroupprovider.h"
#include "targetgroupversion.h"

#include <memory>

#include <qgsapplication.h>
#include <qgsprocessingregistry.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTranslator>

#ifndef _WIN32
#include <dlfcn.h>
#endif

#define TARGETGROUP_EXPORT extern "C" __attribute__( ( visibility( "default" ) ) )

namespace
{

QTranslator *sTranslator = nullptr;

//! The folder this native library was loaded from (the plugin folder).
QString libraryDirectory()
{
#ifndef _WIN32
  Dl_info info;
  if ( dladdr( reinterpret_cast<void *>( &libraryDirectory ), &info ) && info.dli_fname )
    return QFileInfo( QString::fromLocal8Bit( info.dli_fname ) ).absolutePath();
#endif
  return QString();
}

/**
 * Installs i18n/targetgroup_<locale>.qm from the plugin folder for QGIS's
 * user interface locale (e.g. "nl" or "nl_NL"), so names, parameters, help,
 * errors and reports appear in that language. English needs no file.
 */
void installTranslator()
{
  if ( sTranslator )
    return;
  const QString locale = QgsApplication::locale();
  const QString directory = libraryDirectory() + QStringLiteral( "/i18n" );
  auto translator = std::make_unique<QTranslator>();
  if ( translator->load( QStringLiteral( "targetgroup_" ) + locale, directory ) || translator->load( QStringLiteral( "targetgroup_" ) + locale.left( 2 ), directory ) )
  {
    sTranslator = translator.release();
    QCoreApplication::installTranslator( sTranslator );
  }
}

} // namespace

//! Adds the provider to QgsApplication::processingRegistry(). Returns 1 when
//! the provider is registered afterwards (also when it already was), 0 if not.
TARGETGROUP_EXPORT int targetgroup_register_provider()
{
  QgsProcessingRegistry *registry = QgsApplication::processingRegistry();
  if ( !registry )
    return 0;
  if ( registry->providerById( QStringLiteral( TARGETGROUP_PROVIDER_ID ) ) )
    return 1;
  installTranslator();
  // addProvider takes ownership, also when it refuses the provider.
  return registry->addProvider( new targetgroup::TargetGroupProvider() ) ? 1 : 0;
}

//! Removes (and deletes) the provider; called when the plugin is unloaded.
TARGETGROUP_EXPORT int targetgroup_unregister_provider()
{
  QgsProcessingRegistry *registry = QgsApplication::processingRegistry();
  if ( !registry )
    return 0;
  return registry->removeProvider( QStringLiteral( TARGETGROUP_PROVIDER_ID ) ) ? 1 : 0;
}

//! The version the library was built as, for the loader's log line.
TARGETGROUP_EXPORT const char *targetgroup_version()
{
  return TARGETGROUP_VERSION;
}
