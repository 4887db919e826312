// End to end: the whole chain a user runs in a batch job, each step a
// separate qgis_process.bin call on the demo data: buildprofile ->
// scorehouseholds -> aggregateareas (wijken) -> areareport. The report's
// rankings are checked against the aggregated layer, read back through
// qgis_process.bin (native:extractbyexpression to GeoJSON), since the e2e
// tests link no QGIS library.

#include "processrunner.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace targetgroup::test;

namespace
{

QString demoLayer( const QString &layer )
{
  return QStringLiteral( "%1|layername=%2" ).arg( demoDataPath(), layer );
}

QByteArray readAll( const QString &path )
{
  QFile file( path );
  return file.open( QIODevice::ReadOnly ) ? file.readAll() : QByteArray();
}

//! The properties of every feature of a GeoJSON file, in file order.
QList<QJsonObject> readProperties( const QString &path )
{
  QList<QJsonObject> properties;
  const QJsonArray features = QJsonDocument::fromJson( readAll( path ) ).object().value( QStringLiteral( "features" ) ).toArray();
  for ( const QJsonValue &feature : features )
    properties << feature.toObject().value( QStringLiteral( "properties" ) ).toObject();
  return properties;
}

/**
 * The statcodes of the unsuppressed areas with the highest \a figure, highest
 * first, at most \a topCount; ties in layer order, as the report's stable ranking.
 */
QStringList rankedCodes( const QList<QJsonObject> &areas, const QString &figure, int topCount )
{
  QList<QJsonObject> ranked;
  for ( const QJsonObject &area : areas )
  {
    if ( area.value( QStringLiteral( "suppressed" ) ).toDouble() == 0 && area.value( figure ).isDouble() )
      ranked << area;
  }
  std::stable_sort( ranked.begin(), ranked.end(), [&figure]( const QJsonObject &a, const QJsonObject &b )
                    { return a.value( figure ).toDouble() > b.value( figure ).toDouble(); } );
  QStringList codes;
  for ( int i = 0; i < std::min( topCount, static_cast<int>( ranked.size() ) ); ++i )
    codes << ranked.at( i ).value( QStringLiteral( "statcode" ) ).toString();
  return codes;
}

/**
 * The area codes (CBS statcode cells, "WK...") of the table that follows the
 * heading containing \a headingText, in row order; empty when there is none.
 */
QStringList tableCodes( const QString &html, const QString &headingText )
{
  QStringList codes;
  const int heading = html.indexOf( headingText );
  if ( heading < 0 )
    return codes;
  const int tableEnd = html.indexOf( QLatin1String( "</table>" ), heading );
  if ( tableEnd < 0 )
    return codes;
  static const QRegularExpression codeCell( QStringLiteral( "<td>(WK\\d+)</td>" ) );
  QRegularExpressionMatchIterator matches = codeCell.globalMatch( html.mid( heading, tableEnd - heading ) );
  while ( matches.hasNext() )
    codes << matches.next().captured( 1 );
  return codes;
}

//! Big-endian 32-bit integer at \a offset.
quint32 bigEndian32( const QByteArray &bytes, int offset )
{
  quint32 value = 0;
  for ( int i = 0; i < 4; ++i )
    value = ( value << 8 ) | static_cast<quint8>( bytes.at( offset + i ) );
  return value;
}

} // namespace

TEST( EndToEndAreaReport, ProfileScoreAggregateReportChainOnDemoData )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  ASSERT_TRUE( QFileInfo::exists( demoDataPath() ) ) << demoDataPath().toStdString();
  const QString scratch = plugin.scratchDirectory();

  // 1. Profile of the easy-read borrowers with Dutch as first language.
  const QString profile = scratch + QStringLiteral( "/e2e_report_profile.json" );
  QStringList profileArguments = { QStringLiteral( "--INPUT=%1" ).arg( demoLayer( QStringLiteral( "households" ) ) ),
                                   QStringLiteral( "--SEED=\"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'" ),
                                   QStringLiteral( "--OUTPUT_PROFILE=%1" ).arg( profile ),
                                   QStringLiteral( "--OUTPUT_TABLE=TEMPORARY_OUTPUT" ) };
  for ( const char *field : { "age_class", "hh_type", "education", "income", "tenure", "dwelling", "segment" } )
    profileArguments << QStringLiteral( "--FIELDS=%1" ).arg( QLatin1String( field ) );
  const QStringList descriptiveFields = { QStringLiteral( "int_tv_soaps" ), QStringLiteral( "int_reading" ), QStringLiteral( "media_facebook" ) };
  for ( const QString &field : descriptiveFields )
    profileArguments << QStringLiteral( "--DESCRIPTIVE_FIELDS=%1" ).arg( field );
  ProcessResult process;
  plugin.runJson( QStringLiteral( "targetgroup:buildprofile" ), profileArguments, &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  ASSERT_TRUE( QFileInfo::exists( profile ) );

  // 2. Score every household.
  const QString scored = scratch + QStringLiteral( "/e2e_report_scored.gpkg" );
  process = ProcessResult();
  plugin.runJson( QStringLiteral( "targetgroup:scorehouseholds" ),
                  { QStringLiteral( "--INPUT=%1" ).arg( demoLayer( QStringLiteral( "households" ) ) ),
                    QStringLiteral( "--PROFILE=%1" ).arg( profile ), QStringLiteral( "--OUTPUT=%1" ).arg( scored ) },
                  &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();

  // 3. Aggregate to the wijken, with membership.
  const QString aggregated = scratch + QStringLiteral( "/e2e_report_wijk.gpkg" );
  process = ProcessResult();
  const QJsonObject aggregation = plugin.runJson( QStringLiteral( "targetgroup:aggregateareas" ),
                                                  { QStringLiteral( "--INPUT=%1" ).arg( scored ),
                                                    QStringLiteral( "--AREAS=%1" ).arg( demoLayer( QStringLiteral( "wijk" ) ) ),
                                                    QStringLiteral( "--PROB_FIELD=tg_prob" ), QStringLiteral( "--REF_FIELD=tg_ref" ),
                                                    QStringLiteral( "--MEMBER=\"is_member\" = 1" ),
                                                    QStringLiteral( "--OUTPUT=%1" ).arg( aggregated ) },
                                                  &process )
                                      .value( QStringLiteral( "results" ) )
                                      .toObject();
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  // The demo file holds 30,000 households; every one is counted somewhere.
  EXPECT_EQ( aggregation.value( QStringLiteral( "MATCHED" ) ).toDouble() + aggregation.value( QStringLiteral( "UNMATCHED" ) ).toDouble(), 30000.0 )
      << process.transcript().toStdString();
  // The default style travels with the GeoPackage (smoke check on the bytes:
  // the layer_styles table and a QML document in it).
  const QByteArray aggregatedBytes = readAll( aggregated );
  EXPECT_TRUE( aggregatedBytes.contains( "layer_styles" ) ) << process.transcript().toStdString();
  EXPECT_TRUE( aggregatedBytes.contains( "<qgis" ) ) << process.transcript().toStdString();

  // 4. The report.
  const QString html = scratch + QStringLiteral( "/e2e_report.html" );
  const QString map = scratch + QStringLiteral( "/e2e_report_map.png" );
  process = ProcessResult();
  const QJsonObject report = plugin.runJson( QStringLiteral( "targetgroup:areareport" ),
                                             { QStringLiteral( "--AREAS=%1" ).arg( aggregated ), QStringLiteral( "--PROFILE=%1" ).arg( profile ),
                                               QStringLiteral( "--OUTPUT_HTML=%1" ).arg( html ), QStringLiteral( "--OUTPUT_MAP=%1" ).arg( map ) },
                                             &process )
                                 .value( QStringLiteral( "results" ) )
                                 .toObject();
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  EXPECT_EQ( report.value( QStringLiteral( "OUTPUT_HTML" ) ).toString(), html );
  EXPECT_EQ( report.value( QStringLiteral( "OUTPUT_MAP" ) ).toString(), map );

  // The map: a PNG of the documented size, with enough drawn on it to be a map.
  const QByteArray png = readAll( map );
  ASSERT_GE( png.size(), 24 ) << map.toStdString();
  EXPECT_TRUE( png.startsWith( QByteArray( "\x89PNG\r\n\x1a\n", 8 ) ) );
  EXPECT_EQ( png.mid( 12, 4 ), QByteArray( "IHDR" ) );
  EXPECT_EQ( bigEndian32( png, 16 ), 1200u );
  EXPECT_EQ( bigEndian32( png, 20 ), 1000u );
  EXPECT_GT( png.size(), 20 * 1024 );

  // The aggregated areas, read back to know what the report must say.
  const QString areasJson = scratch + QStringLiteral( "/e2e_report_wijk.geojson" );
  process = ProcessResult();
  plugin.runJson( QStringLiteral( "native:extractbyexpression" ),
                  { QStringLiteral( "--INPUT=%1" ).arg( aggregated ), QStringLiteral( "--EXPRESSION=true" ),
                    QStringLiteral( "--OUTPUT=%1" ).arg( areasJson ) },
                  &process );
  ASSERT_EQ( process.exitCode, 0 ) << process.transcript().toStdString();
  const QList<QJsonObject> areas = readProperties( areasJson );
  ASSERT_FALSE( areas.isEmpty() ) << areasJson.toStdString();
  double suppressed = 0;
  for ( const QJsonObject &area : areas )
    suppressed += area.value( QStringLiteral( "suppressed" ) ).toDouble() != 0 ? 1 : 0;
  EXPECT_EQ( report.value( QStringLiteral( "AREA_COUNT" ) ).toDouble(), static_cast<double>( areas.size() ) );
  EXPECT_EQ( report.value( QStringLiteral( "SUPPRESSED_COUNT" ) ).toDouble(), suppressed );
  // The demo has wijken with fewer than 10 households (the default MIN_COUNT): grey on the map, left out of the rankings.
  EXPECT_GE( suppressed, 1 );

  const QString text = QString::fromUtf8( readAll( html ) );
  ASSERT_FALSE( text.isEmpty() ) << html.toStdString();
  // The report shows its map, by a path relative to the report.
  EXPECT_TRUE( text.contains( QStringLiteral( "<img src=\"e2e_report_map.png\"" ) ) );

  // Both rankings list the top 10 of the layer, in order.
  const QStringList byExpected = rankedCodes( areas, QStringLiteral( "tg_expected" ), 10 );
  ASSERT_EQ( byExpected.size(), 10 );
  const QStringList expectedTable = tableCodes( text, QStringLiteral( "top 10 areas by expected target households</h2>" ) );
  EXPECT_TRUE( expectedTable == byExpected ) << "report: " << expectedTable.join( QLatin1Char( ' ' ) ).toStdString()
                                             << "\nlayer:  " << byExpected.join( QLatin1Char( ' ' ) ).toStdString();
  const QStringList byUntapped = rankedCodes( areas, QStringLiteral( "tg_untapped" ), 10 );
  ASSERT_EQ( byUntapped.size(), 10 );
  const QStringList untappedTable = tableCodes( text, QStringLiteral( "top 10 areas by expected target households who are not members</h2>" ) );
  EXPECT_TRUE( untappedTable == byUntapped ) << "report: " << untappedTable.join( QLatin1Char( ' ' ) ).toStdString()
                                             << "\nlayer:  " << byUntapped.join( QLatin1Char( ' ' ) ).toStdString();

  // The soft characteristics come from the profile's descriptive fields.
  const int softSection = text.indexOf( QStringLiteral( "Soft characteristics for outreach" ) );
  ASSERT_GE( softSection, 0 );
  const QString softTable = text.mid( softSection, text.indexOf( QLatin1String( "</table>" ), softSection ) - softSection );
  bool namesDescriptiveField = false;
  for ( const QString &field : descriptiveFields )
    namesDescriptiveField = namesDescriptiveField || softTable.contains( QStringLiteral( "<tr><td>%1</td>" ).arg( field ) );
  EXPECT_TRUE( namesDescriptiveField ) << softTable.toStdString();
}

TEST( EndToEndAreaReport, AreasWithoutFiguresAreRefused )
{
  const InstalledPlugin &plugin = InstalledPlugin::instance();
  ASSERT_TRUE( plugin.setupError().isEmpty() ) << plugin.setupError().toStdString();
  const QString html = plugin.scratchDirectory() + QStringLiteral( "/e2e_report_raw_wijk.html" );
  // The raw wijk layer has not been through aggregateareas.
  ProcessResult process;
  plugin.runJson( QStringLiteral( "targetgroup:areareport" ),
                  { QStringLiteral( "--AREAS=%1" ).arg( demoLayer( QStringLiteral( "wijk" ) ) ), QStringLiteral( "--OUTPUT_HTML=%1" ).arg( html ) },
                  &process );
  EXPECT_NE( process.exitCode, 0 );
  EXPECT_TRUE( process.transcript().contains( QStringLiteral( "tg_expected" ) ) ) << process.transcript().toStdString();
  EXPECT_FALSE( QFileInfo::exists( html ) );
}
