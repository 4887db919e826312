// End to end: the plugin's loader refuses to open the native library in a QGIS
// of another series than the one it was built for, and says why and what to
// do; in the QGIS it was built for (any patch release) it loads. The running
// version is faked through the loader's test-only environment variable.

#include "processrunner.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

using namespace targetgroup::test;

namespace
{

constexpr int kBuiltVersionInt = TARGETGROUP_QGIS_VERSION_INT_FOR_TESTS;

QString seriesText( int versionInt )
{
  return QStringLiteral( "%1.%2" ).arg( versionInt / 10000 ).arg( versionInt / 100 % 100 );
}

ProcessResult listInFakedQgis( const InstalledPlugin &plugin, int fakedVersionInt )
{
  QProcessEnvironment environment = plugin.environment();
  environment.insert( QStringLiteral( "TARGETGROUP_FAKE_QGIS_VERSION_INT" ), QString::number( fakedVersionInt ) );
  return plugin.qgisProcess( { QStringLiteral( "list" ) }, environment );
}

} // namespace

TEST( EndToEndVersionGuard, MetadataNamesTheSeriesTheLibraryWasBuiltFor )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  QFile metadata( plugin.pluginPath() + QStringLiteral( "/targetgroup/metadata.txt" ) );
  ASSERT_TRUE( metadata.open( QIODevice::ReadOnly ) );
  const QString text = QString::fromUtf8( metadata.readAll() );
  const QString series = seriesText( kBuiltVersionInt );
  EXPECT_TRUE( text.contains( QStringLiteral( "\nqgisMinimumVersion=%1\n" ).arg( series ) ) ) << text.toStdString();
  EXPECT_TRUE( text.contains( QStringLiteral( "\nqgisMaximumVersion=%1.99\n" ).arg( series ) ) ) << text.toStdString();
  EXPECT_TRUE( QFile::exists( plugin.pluginPath() + QStringLiteral( "/targetgroup/build_info.py" ) ) );
}

TEST( EndToEndVersionGuard, AnotherSeriesIsRefusedWithBothVersionsAndTheFix )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  // 3.34.0, or 3.22.0 when the build is for 3.34
  const int otherVersionInt = kBuiltVersionInt / 100 == 334 ? 32200 : 33400;
  const ProcessResult refused = listInFakedQgis( plugin, otherVersionInt );
  const QString everything = refused.standardOutput + refused.standardError;
  EXPECT_FALSE( everything.contains( QStringLiteral( "targetgroup:buildprofile" ) ) ) << refused.transcript().toStdString();
  EXPECT_TRUE( everything.contains( QStringLiteral( "this copy was built for QGIS %1" ).arg( seriesText( kBuiltVersionInt ) ) ) ) << refused.transcript().toStdString();
  EXPECT_TRUE( everything.contains( QStringLiteral( "but this is QGIS %1.0" ).arg( seriesText( otherVersionInt ) ) ) ) << refused.transcript().toStdString();
  EXPECT_TRUE( everything.contains( QStringLiteral( "cmake --build build --target package" ) ) ) << refused.transcript().toStdString();
  EXPECT_FALSE( everything.contains( QStringLiteral( "undefined symbol" ) ) ) << refused.transcript().toStdString();
}

TEST( EndToEndVersionGuard, ThePatchReleasesOfTheSeriesLoadIt )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  const int lastPatchOfSeries = kBuiltVersionInt / 100 * 100 + 99;
  const ProcessResult loaded = listInFakedQgis( plugin, lastPatchOfSeries );
  ASSERT_EQ( loaded.exitCode, 0 ) << loaded.transcript().toStdString();
  EXPECT_TRUE( loaded.standardOutput.contains( QStringLiteral( "targetgroup:buildprofile" ) ) ) << loaded.transcript().toStdString();
  EXPECT_FALSE( ( loaded.standardOutput + loaded.standardError ).contains( QStringLiteral( "this copy was built for" ) ) );

  // and the real version, without the test variable
  const ProcessResult real = plugin.qgisProcess( { QStringLiteral( "list" ) } );
  ASSERT_EQ( real.exitCode, 0 ) << real.transcript().toStdString();
  EXPECT_TRUE( real.standardOutput.contains( QStringLiteral( "targetgroup:buildprofile" ) ) ) << real.transcript().toStdString();
}
