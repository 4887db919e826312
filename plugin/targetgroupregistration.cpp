// The native library's entry points. The plugin folder's Python loader
// (__init__.py) opens this library and calls these two functions; they are
// the only symbols the library exports. qgis_process and QGIS desktop both
// reach the provider this way, because qgis_process loads no C++ plugins.

#include "targetgroupprovider.h"
#include "targetgroupversion.h"

#include <qgsapplication.h>
#include <qgsprocessingregistry.h>

#define TARGETGROUP_EXPORT extern "C" __attribute__( ( visibility( "default" ) ) )

//! Adds the provider to QgsApplication::processingRegistry(). Returns 1 when
//! the provider is registered afterwards (also when it already was), 0 if not.
TARGETGROUP_EXPORT int targetgroup_register_provider()
{
  QgsProcessingRegistry *registry = QgsApplication::processingRegistry();
  if ( !registry )
    return 0;
  if ( registry->providerById( QStringLiteral( TARGETGROUP_PROVIDER_ID ) ) )
    return 1;
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
