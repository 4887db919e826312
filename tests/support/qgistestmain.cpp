// GoogleTest main for the in-process QGIS tests: QgsApplication is started
// once, offscreen, with QGIS's native algorithms registered so tests can
// compare against them, and the targetgroup provider for model tests (cf. GDAL's autotest/cpp main that initialises GDAL once).

#include "targetgroupprovider.h"

#include <gtest/gtest.h>

#include <qgsapplication.h>
#include <qgsnativealgorithms.h>
#include <qgsprocessingregistry.h>

#include <QTemporaryDir>
#include <cstdlib>

int main( int argc, char **argv )
{
  ::testing::InitGoogleTest( &argc, argv );
  setenv( "QT_QPA_PLATFORM", "offscreen", 0 );
  // Keep the user's QGIS profile out of the tests.
  QTemporaryDir profileDir;
  QgsApplication app( argc, argv, false, profileDir.path() );
  QgsApplication::init( profileDir.path() );
  QgsApplication::initQgis();
  QgsApplication::processingRegistry()->addProvider( new QgsNativeAlgorithms( QgsApplication::processingRegistry() ) );
  // Our provider too, so models (.model3) can resolve their targetgroup: children.
  QgsApplication::processingRegistry()->addProvider( new targetgroup::TargetGroupProvider() );
  const int result = RUN_ALL_TESTS();
  QgsApplication::exitQgis();
  return result;
}
