// End to end: with QGIS's interface language set to Dutch, the installed
// plugin loads its .qm and qgis_process shows the provider in Dutch; with the
// default profile it stays English.

#include "processrunner.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace targetgroup::test;

TEST( EndToEndTranslation, DutchQgisShowsTheProviderInDutch )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  EXPECT_TRUE( QFile::exists( plugin.pluginPath() + QStringLiteral( "/targetgroup/i18n/targetgroup_nl.qm" ) ) );

  // A QGIS profile whose user interface locale is Dutch.
  QTemporaryDir profile;
  ASSERT_TRUE( QDir().mkpath( profile.filePath( QStringLiteral( "profiles/default/QGIS" ) ) ) );
  QFile settings( profile.filePath( QStringLiteral( "profiles/default/QGIS/QGIS3.ini" ) ) );
  ASSERT_TRUE( settings.open( QIODevice::WriteOnly ) );
  settings.write( "[locale]\noverrideFlag=true\nuserLocale=nl\n" );
  settings.close();
  QProcessEnvironment dutch = plugin.environment();
  dutch.insert( QStringLiteral( "HOME" ), profile.path() );
  dutch.insert( QStringLiteral( "QGIS_CUSTOM_CONFIG_PATH" ), profile.path() );

  const ProcessResult enable = plugin.qgisProcess( { QStringLiteral( "plugins" ), QStringLiteral( "enable" ), QStringLiteral( "targetgroup" ) }, dutch );
  ASSERT_EQ( enable.exitCode, 0 ) << enable.transcript().toStdString();
  const ProcessResult list = plugin.qgisProcess( { QStringLiteral( "list" ) }, dutch );
  ASSERT_EQ( list.exitCode, 0 ) << list.transcript().toStdString();
  EXPECT_TRUE( list.standardOutput.contains( QStringLiteral( "Doelgroepprofilering" ) ) ) << list.standardOutput.toStdString();
  EXPECT_TRUE( list.standardOutput.contains( QStringLiteral( "Doelgroepprofiel maken" ) ) );

  // the default (English) profile is unaffected
  const ProcessResult english = plugin.qgisProcess( { QStringLiteral( "list" ) } );
  EXPECT_TRUE( english.standardOutput.contains( QStringLiteral( "Build target group profile" ) ) );
  EXPECT_FALSE( english.standardOutput.contains( QStringLiteral( "Doelgroepprofiel maken" ) ) );
}
