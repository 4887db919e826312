#include "aggregateareasalgorithm.h"
#include "areareportalgorithm.h"
#include "common/areareportrenderer.h"
#include "common/outputschema.h"
#include "common/profilefile.h"
#include "testlayers.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QTemporaryDir>

#include <cmath>

using namespace targetgroup;
using namespace targetgroup::test;

namespace
{

//! The fields aggregateareas writes, after two fields of a CBS area layer.
const QString kAreaUri = QStringLiteral(
    "Polygon?crs=EPSG:28992&field=statcode:string&field=statnaam:string"
    "&field=hh_total:integer&field=tg_expected:double&field=tg_expected_low:double&field=tg_expected_high:double"
    "&field=tg_variance:double&field=tg_ref:integer&field=tg_share:double&field=tg_index:double"
    "&field=mem_total:integer&field=mem_penetration:double&field=mem_tg_expected:double"
    "&field=tg_reach:double&field=tg_untapped:double&field=suppressed:integer" );

const QString kScriptName = QStringLiteral( "<script>alert(1)</script> & Co" );

struct TestArea
{
  QString name;
  long long households;
  double expected;       //!< < 0: suppressed
  double memberExpected; //!< < 0: membership unknown
};

/**
 * Eight areas with figures and two suppressed ones (hh_total < 10):
 *
 *   name       hh   expected  members  untapped  share
 *   Centrum    200    30        6        24       0.150
 *   Noord      150    12        6         6       0.080
 *   Oost       300    45       30        15       0.150
 *   Zuid       120     6        1         5       0.050
 *   West       180    20        2        18       0.111
 *   <script>   100     9        3         6       0.090
 *   Haven      250    25       20         5       0.100
 *   Dorp        90     3        0         3       0.033
 *   Klein        5   suppressed
 *   Mini         3   suppressed
 *
 * By expected: Oost 45, Centrum 30, Haven 25, West 20, Noord 12, <script> 9, Zuid 6, Dorp 3.
 * By untapped: Centrum 24, West 18, Oost 15, Noord 6, <script> 6 (tie: layer order), Zuid 5, Haven 5, Dorp 3.
 * Totals over the eight: expected 150, members 68 (reach 45.3%), households 1390 (share 10.8%).
 */
QList<TestArea> testAreas( bool withMembership = true )
{
  const double unknown = -1;
  return {
      { QStringLiteral( "Centrum" ), 200, 30, withMembership ? 6 : unknown },
      { QStringLiteral( "Noord" ), 150, 12, withMembership ? 6 : unknown },
      { QStringLiteral( "Oost" ), 300, 45, withMembership ? 30 : unknown },
      { QStringLiteral( "Zuid" ), 120, 6, withMembership ? 1 : unknown },
      { QStringLiteral( "West" ), 180, 20, withMembership ? 2 : unknown },
      { kScriptName, 100, 9, withMembership ? 3 : unknown },
      { QStringLiteral( "Haven" ), 250, 25, withMembership ? 20 : unknown },
      { QStringLiteral( "Dorp" ), 90, 3, withMembership ? 0 : unknown },
      { QStringLiteral( "Klein" ), 5, -1, -1 },
      { QStringLiteral( "Mini" ), 3, -1, -1 },
  };
}

std::unique_ptr<QgsVectorLayer> areaLayer( bool withMembership = true )
{
  auto layer = memoryLayer( kAreaUri, QStringLiteral( "buurten" ) );
  const QList<TestArea> areas = testAreas( withMembership );
  const double overallShare = 150.0 / 1390.0;
  for ( int i = 0; i < areas.size(); ++i )
  {
    const TestArea &area = areas.at( i );
    const double x = 100000 + ( i % 5 ) * 1000.0;
    const double y = 400000 + ( i / 5 ) * 1000.0;
    const QString wkt = QStringLiteral( "POLYGON((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))" ).arg( x ).arg( y ).arg( x + 1000 ).arg( y + 1000 );
    const QString code = QStringLiteral( "BU%1" ).arg( i, 8, 10, QLatin1Char( '0' ) );
    const QVariant null;
    if ( area.expected < 0 )
    {
      addFeature( layer.get(), { code, area.name, area.households, null, null, null, null, null, null, null, null, null, null, null, null, 1 }, wkt );
      continue;
    }
    const bool members = area.memberExpected >= 0;
    const double share = area.expected / static_cast<double>( area.households );
    addFeature( layer.get(), { code, area.name, area.households, area.expected, area.expected * 0.8, area.expected * 1.2, area.expected * 0.9, static_cast<int>( area.expected ), share, 100.0 * share / overallShare, members ? QVariant( 10 ) : null, members ? QVariant( 0.1 ) : null, members ? QVariant( area.memberExpected ) : null, members ? QVariant( area.memberExpected / area.expected ) : null, members ? QVariant( area.expected - area.memberExpected ) : null, 0 },
                wkt );
  }
  return layer;
}

//! The text between two headings of the report (or to the end).
QString section( const QString &html, const QString &startsWith, const QString &endsBefore = QString() )
{
  const int start = html.indexOf( startsWith );
  if ( start < 0 )
    return QString();
  const int end = endsBefore.isEmpty() ? -1 : html.indexOf( endsBefore, start );
  return end < 0 ? html.mid( start ) : html.mid( start, end - start );
}

//! Names in the order they first appear in the text; -1 marks a missing name.
std::vector<int> positions( const QString &text, const QStringList &names )
{
  std::vector<int> result;
  for ( const QString &name : names )
    result.push_back( text.indexOf( QStringLiteral( "<td>%1</td>" ).arg( name.toHtmlEscaped() ) ) );
  return result;
}

bool ascendingAndPresent( const std::vector<int> &values )
{
  for ( std::size_t i = 0; i < values.size(); ++i )
  {
    if ( values[i] < 0 || ( i > 0 && values[i] <= values[i - 1] ) )
      return false;
  }
  return true;
}

class AreaReportTest : public ::testing::Test
{
protected:
  void SetUp() override
  {
    ASSERT_TRUE( directory.isValid() );
    layer = areaLayer();
    ASSERT_TRUE( layer );
  }

  QVariantMap parameters() const
  {
    QVariantMap p;
    p.insert( AreaReportAlgorithm::AREAS, QVariant::fromValue( layer.get() ) );
    p.insert( AreaReportAlgorithm::OUTPUT_HTML, directory.filePath( QStringLiteral( "report.html" ) ) );
    return p;
  }

  AlgorithmRun run( const QVariantMap &p )
  {
    return runAlgorithm( AreaReportAlgorithm(), p, context, feedback );
  }

  static QString readText( const QString &path )
  {
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
      return QString();
    return QString::fromUtf8( file.readAll() );
  }

  QTemporaryDir directory;
  std::unique_ptr<QgsVectorLayer> layer;
  QgsProcessingContext context;
  RecordingFeedback feedback;
};

} // namespace

TEST_F( AreaReportTest, NamesTopAreasInOrder )
{
  const AlgorithmRun result = run( parameters() );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  EXPECT_EQ( result.results.value( AreaReportAlgorithm::AREA_COUNT ).toLongLong(), 10 );
  EXPECT_EQ( result.results.value( AreaReportAlgorithm::SUPPRESSED_COUNT ).toLongLong(), 2 );
  const QString html = readText( result.results.value( AreaReportAlgorithm::OUTPUT_HTML ).toString() );
  ASSERT_FALSE( html.isEmpty() );

  const QString byExpected = section( html, QStringLiteral( "Where the target group lives" ), QStringLiteral( "<h2>" ) + QStringLiteral( "Membership reach" ) );
  EXPECT_TRUE( ascendingAndPresent( positions( byExpected, { QStringLiteral( "Oost" ), QStringLiteral( "Centrum" ), QStringLiteral( "Haven" ), QStringLiteral( "West" ),
                                                             QStringLiteral( "Noord" ), kScriptName, QStringLiteral( "Zuid" ), QStringLiteral( "Dorp" ) } ) ) )
      << byExpected.toStdString();
  // Code beside the name; interval of Oost: 45 * 0.8 = 36 to 45 * 1.2 = 54.
  EXPECT_TRUE( byExpected.contains( QStringLiteral( "<td>Oost</td><td>BU00000002</td>" ) ) );
  EXPECT_TRUE( byExpected.contains( QStringLiteral( "36–54" ) ) ) << byExpected.toStdString();
  // Below 10 expected, one decimal on both bounds: Zuid 6 -> 4.8–7.2.
  EXPECT_TRUE( byExpected.contains( QStringLiteral( "<td class=\"n\">%1–%2</td>" ).arg( QLocale().toString( 4.8, 'f', 1 ), QLocale().toString( 7.2, 'f', 1 ) ) ) ) << byExpected.toStdString();

  const QString byUntapped = section( html, QStringLiteral( "Untapped potential" ), QStringLiteral( "<h2>" ) + QStringLiteral( "Soft characteristics" ) );
  EXPECT_TRUE( ascendingAndPresent( positions( byUntapped, { QStringLiteral( "Centrum" ), QStringLiteral( "West" ), QStringLiteral( "Oost" ), QStringLiteral( "Noord" ),
                                                             kScriptName, QStringLiteral( "Zuid" ), QStringLiteral( "Haven" ), QStringLiteral( "Dorp" ) } ) ) )
      << byUntapped.toStdString();

  // Suppressed areas are in no ranking.
  EXPECT_FALSE( html.contains( QStringLiteral( "Klein" ) ) );
  EXPECT_FALSE( html.contains( QStringLiteral( "Mini" ) ) );

  // Reach over the eight areas: 68 / 150.
  const QString reach = section( html, QStringLiteral( "<h2>Membership reach" ), QStringLiteral( "<h2>Untapped" ) );
  EXPECT_TRUE( reach.contains( QLocale().toString( 100.0 * 68.0 / 150.0, 'f', 1 ) + QLatin1Char( '%' ) ) ) << reach.toStdString();
  EXPECT_TRUE( reach.contains( QStringLiteral( "150" ) ) );
}

TEST_F( AreaReportTest, TopNLimitsTheRankings )
{
  QVariantMap p = parameters();
  p.insert( AreaReportAlgorithm::TOP_N, 2 );
  const AlgorithmRun result = run( p );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  const QString html = readText( result.results.value( AreaReportAlgorithm::OUTPUT_HTML ).toString() );
  const QString byExpected = section( html, QStringLiteral( "Where the target group lives" ), QStringLiteral( "<h2>Membership reach" ) );
  EXPECT_TRUE( ascendingAndPresent( positions( byExpected, { QStringLiteral( "Oost" ), QStringLiteral( "Centrum" ) } ) ) );
  EXPECT_FALSE( byExpected.contains( QStringLiteral( "Haven" ) ) );
  const QString byUntapped = section( html, QStringLiteral( "Untapped potential" ), QStringLiteral( "<h2>Soft characteristics" ) );
  EXPECT_TRUE( ascendingAndPresent( positions( byUntapped, { QStringLiteral( "Centrum" ), QStringLiteral( "West" ) } ) ) );
  EXPECT_FALSE( byUntapped.contains( QStringLiteral( "<td>Oost</td>" ) ) );

  p.insert( AreaReportAlgorithm::TOP_N, 0 );
  EXPECT_FALSE( run( p ).ok );
}

TEST_F( AreaReportTest, MapIsRenderedBesideTheReportAndNotBlank )
{
  const AlgorithmRun result = run( parameters() );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  const QString mapPath = result.results.value( AreaReportAlgorithm::OUTPUT_MAP ).toString();
  EXPECT_EQ( QFileInfo( mapPath ).absoluteFilePath(), QFileInfo( directory.filePath( QStringLiteral( "report_map.png" ) ) ).absoluteFilePath() );
  QImage image;
  ASSERT_TRUE( image.load( mapPath ) ) << mapPath.toStdString();
  EXPECT_EQ( image.width(), kAreaMapWidth );
  EXPECT_EQ( image.height(), kAreaMapHeight );

  // Not blank: grey-level variance over the map part (the legend panel excluded).
  const int mapWidth = kAreaMapWidth - kAreaMapLegendWidth;
  double sum = 0, sumSquares = 0;
  long long pixels = 0;
  int topClass = 0, suppressed = 0;
  const QColor topColour( 0x25, 0x34, 0x94 ); // darkest YlGnBu: Oost and Centrum (share 0.15)
  const QColor grey( 189, 189, 189 );
  for ( int y = 0; y < image.height(); ++y )
  {
    for ( int x = 0; x < mapWidth; ++x )
    {
      const QRgb pixel = image.pixel( x, y );
      const double level = qGray( pixel );
      sum += level;
      sumSquares += level * level;
      ++pixels;
      topClass += QColor( pixel ) == topColour ? 1 : 0;
      suppressed += QColor( pixel ) == grey ? 1 : 0;
    }
  }
  const double mean = sum / static_cast<double>( pixels );
  const double variance = sumSquares / static_cast<double>( pixels ) - mean * mean;
  EXPECT_GT( variance, 500.0 );
  // The areas are drawn with the area style: the top class and the suppressed grey are both on the map.
  EXPECT_GT( topClass, 10000 );
  EXPECT_GT( suppressed, 10000 );

  // The report refers to the map by a relative path.
  const QString html = readText( result.results.value( AreaReportAlgorithm::OUTPUT_HTML ).toString() );
  EXPECT_TRUE( html.contains( QStringLiteral( "<img src=\"report_map.png\"" ) ) ) << html.toStdString();
}

TEST_F( AreaReportTest, MapPathCanBeChosen )
{
  QVariantMap p = parameters();
  const QString mapPath = directory.filePath( QStringLiteral( "maps/area map.png" ) );
  p.insert( AreaReportAlgorithm::OUTPUT_MAP, mapPath );
  const AlgorithmRun result = run( p );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  EXPECT_EQ( result.results.value( AreaReportAlgorithm::OUTPUT_MAP ).toString(), mapPath );
  EXPECT_TRUE( QFileInfo::exists( mapPath ) );
  const QString html = readText( result.results.value( AreaReportAlgorithm::OUTPUT_HTML ).toString() );
  EXPECT_TRUE( html.contains( QStringLiteral( "<img src=\"maps/area%20map.png\"" ) ) ) << html.toStdString();
}

TEST_F( AreaReportTest, DataTextIsEscaped )
{
  const AlgorithmRun result = run( parameters() );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  const QString html = readText( result.results.value( AreaReportAlgorithm::OUTPUT_HTML ).toString() );
  EXPECT_FALSE( html.contains( QStringLiteral( "<script>" ) ) );
  EXPECT_TRUE( html.contains( QStringLiteral( "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" ) ) );
}

TEST_F( AreaReportTest, MissingFieldsAreNamed )
{
  auto incomplete = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=statnaam:string&field=hh_total:integer&field=tg_expected:double"
                                                 "&field=tg_expected_low:double&field=tg_expected_high:double&field=tg_share:double&field=tg_index:double"
                                                 "&field=mem_tg_expected:double&field=tg_reach:double" ),
                                 QStringLiteral( "half done" ) );
  QVariantMap p = parameters();
  p.insert( AreaReportAlgorithm::AREAS, QVariant::fromValue( incomplete.get() ) );
  const AlgorithmRun result = run( p );
  ASSERT_FALSE( result.ok );
  EXPECT_TRUE( result.error.contains( QStringLiteral( "tg_untapped, suppressed" ) ) ) << result.error.toStdString();
  EXPECT_TRUE( result.error.contains( QStringLiteral( "half done" ) ) ) << result.error.toStdString();
  EXPECT_FALSE( result.error.contains( QStringLiteral( "hh_total" ) ) ) << result.error.toStdString();
}

TEST_F( AreaReportTest, NameFieldChoosesTheNames )
{
  QVariantMap p = parameters();
  p.insert( AreaReportAlgorithm::NAME_FIELD, QStringLiteral( "statcode" ) );
  const AlgorithmRun result = run( p );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  const QString html = readText( result.results.value( AreaReportAlgorithm::OUTPUT_HTML ).toString() );
  // Oost is area 2: named by its code now, and the code is not repeated in a column of its own.
  const QString byExpected = section( html, QStringLiteral( "Where the target group lives" ), QStringLiteral( "<h2>Membership reach" ) );
  EXPECT_TRUE( byExpected.contains( QStringLiteral( "<td>BU00000002</td><td class=\"n\">300</td>" ) ) ) << byExpected.toStdString();
  EXPECT_FALSE( byExpected.contains( QStringLiteral( "<td>Oost</td>" ) ) );

  p.insert( AreaReportAlgorithm::NAME_FIELD, QStringLiteral( "naam" ) );
  const AlgorithmRun missing = run( p );
  ASSERT_FALSE( missing.ok );
  EXPECT_TRUE( missing.error.contains( QStringLiteral( "\"naam\" (NAME_FIELD)" ) ) ) << missing.error.toStdString();
}

TEST_F( AreaReportTest, WithoutNameFieldAreasAreNumbered )
{
  auto unnamed = memoryLayer( QString( kAreaUri ).replace( QStringLiteral( "&field=statnaam:string" ), QString() ).replace( QStringLiteral( "&field=statcode:string" ), QString() ) );
  auto named = areaLayer();
  QgsFeature feature;
  QgsFeatureIterator it = named->getFeatures();
  while ( it.nextFeature( feature ) )
  {
    QVariantList attributes = feature.attributes().toList();
    attributes.removeFirst();
    attributes.removeFirst();
    addFeature( unnamed.get(), attributes, feature.geometry().asWkt() );
  }
  QVariantMap p = parameters();
  p.insert( AreaReportAlgorithm::AREAS, QVariant::fromValue( unnamed.get() ) );
  const AlgorithmRun result = run( p );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  const QString html = readText( result.results.value( AreaReportAlgorithm::OUTPUT_HTML ).toString() );
  // Oost (45 expected) is the third feature: memory-layer feature ids start at 1.
  const QString byExpected = section( html, QStringLiteral( "Where the target group lives" ), QStringLiteral( "<h2>Membership reach" ) );
  EXPECT_TRUE( byExpected.contains( QStringLiteral( "<td class=\"n\">1</td><td>Area 3</td>" ) ) ) << byExpected.toStdString();
}

TEST_F( AreaReportTest, ProfileIsOptionalAndGivesSoftCharacteristics )
{
  // Without a profile: said so.
  AlgorithmRun result = run( parameters() );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  QString html = readText( result.results.value( AreaReportAlgorithm::OUTPUT_HTML ).toString() );
  EXPECT_TRUE( html.contains( QStringLiteral( "No profile was given" ) ) );

  // 100 seed households among 1000. Scoring field "education" (not shown);
  // descriptive field "hobby": reading 40/200 -> index 100 * 0.40 / 0.20 = 200,
  // cooking 50/500 -> 100, <gaming> 10/300 -> 33; "(other)" 0/0 is left out.
  engine::Profile profile;
  profile.seedExpression = "\"easy\" = 1";
  profile.seedCount = 100;
  profile.baseCount = 1000;
  engine::ProfileField education;
  education.name = "education";
  education.categories = { { "low", 70, 400 }, { "high", 30, 600 } };
  engine::ProfileField hobby;
  hobby.name = "hobby";
  hobby.usedForScoring = false;
  hobby.categories = { { "cooking", 50, 500 }, { "<gaming>", 10, 300 }, { "reading", 40, 200 } };
  profile.fields = { education, hobby };
  const QString profilePath = directory.filePath( QStringLiteral( "profile.json" ) );
  writeProfileFile( profile, profilePath );

  QVariantMap p = parameters();
  p.insert( AreaReportAlgorithm::PROFILE, profilePath );
  result = run( p );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  html = readText( result.results.value( AreaReportAlgorithm::OUTPUT_HTML ).toString() );
  const QString soft = section( html, QStringLiteral( "<h2>Soft characteristics" ), QStringLiteral( "<h2>Methods" ) );
  EXPECT_TRUE( ascendingAndPresent( positions( soft, { QStringLiteral( "reading" ), QStringLiteral( "cooking" ), QStringLiteral( "<gaming>" ) } ) ) ) << soft.toStdString();
  EXPECT_FALSE( soft.contains( QStringLiteral( "<td>low</td>" ) ) );
  EXPECT_TRUE( soft.contains( QStringLiteral( ">200<" ) ) ) << soft.toStdString();
  // The methods section names the seed, escaped.
  EXPECT_TRUE( html.contains( QStringLiteral( "&quot;easy&quot; = 1" ) ) );

  p.insert( AreaReportAlgorithm::PROFILE, directory.filePath( QStringLiteral( "absent.json" ) ) );
  const AlgorithmRun missing = run( p );
  ASSERT_FALSE( missing.ok );
  EXPECT_TRUE( missing.error.contains( QStringLiteral( "absent.json" ) ) ) << missing.error.toStdString();
}

TEST_F( AreaReportTest, NumbersFollowTheUserLocale )
{
  // QGIS sets the default locale from its interface language: a Dutch QGIS writes Dutch numbers.
  const QLocale previous;
  QLocale::setDefault( QLocale( QLocale::Dutch, QLocale::Netherlands ) );
  QVariantMap p = parameters();
  p.insert( AreaReportAlgorithm::PREVALENCE, 0.125 );
  const AlgorithmRun result = run( p );
  QLocale::setDefault( previous );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  const QString html = readText( result.results.value( AreaReportAlgorithm::OUTPUT_HTML ).toString() );
  // Zuid: 6 expected, 4.8 to 7.2; reach 68 / 150 = 45.3%; share over the areas shown 150 / 1390 = 10.8%.
  EXPECT_TRUE( html.contains( QStringLiteral( "<td class=\"n\">6,0</td><td class=\"n\">4,8–7,2</td>" ) ) ) << html.toStdString();
  EXPECT_TRUE( html.contains( QStringLiteral( "a reach of 45,3%" ) ) ) << html.toStdString();
  EXPECT_TRUE( html.contains( QStringLiteral( "a prevalence of 12,5% of households; over the areas shown the expected share is 10,8%" ) ) ) << html.toStdString();
}

TEST_F( AreaReportTest, MethodsQuotePrevalenceAndSuppression )
{
  QVariantMap p = parameters();
  AlgorithmRun result = run( p );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  QString html = readText( result.results.value( AreaReportAlgorithm::OUTPUT_HTML ).toString() );
  QString methods = section( html, QStringLiteral( "<h2>Methods" ) );
  EXPECT_TRUE( methods.contains( QStringLiteral( "was not given" ) ) );
  EXPECT_TRUE( methods.contains( QStringLiteral( "too few households" ) ) );
  // Over the areas shown: 150 / 1390 households.
  EXPECT_TRUE( methods.contains( QLocale().toString( 100.0 * 150.0 / 1390.0, 'f', 1 ) + QLatin1Char( '%' ) ) ) << methods.toStdString();

  p.insert( AreaReportAlgorithm::PREVALENCE, 0.12 );
  p.insert( AreaReportAlgorithm::MIN_COUNT, 10 );
  result = run( p );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  html = readText( result.results.value( AreaReportAlgorithm::OUTPUT_HTML ).toString() );
  methods = section( html, QStringLiteral( "<h2>Methods" ) );
  EXPECT_TRUE( methods.contains( QStringLiteral( "a prevalence of %1" ).arg( QLocale().toString( 12.0, 'f', 1 ) + QLatin1Char( '%' ) ) ) ) << methods.toStdString();
  EXPECT_TRUE( methods.contains( QStringLiteral( "fewer than 10 households" ) ) );
  EXPECT_TRUE( methods.contains( QStringLiteral( "(2 of 10 areas)" ) ) );

  p.insert( AreaReportAlgorithm::PREVALENCE, 1.5 );
  EXPECT_FALSE( run( p ).ok );
  p.insert( AreaReportAlgorithm::PREVALENCE, 0.12 );
  p.insert( AreaReportAlgorithm::MIN_COUNT, -3 );
  EXPECT_FALSE( run( p ).ok );
}

TEST_F( AreaReportTest, WithoutMembershipReachIsExplained )
{
  layer = areaLayer( false );
  const AlgorithmRun result = run( parameters() );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  const QString html = readText( result.results.value( AreaReportAlgorithm::OUTPUT_HTML ).toString() );
  EXPECT_TRUE( html.contains( QStringLiteral( "Membership is not known" ) ) );
  EXPECT_FALSE( html.contains( QStringLiteral( "Untapped potential" ) ) );
  // The ranking by expected target households is still there.
  EXPECT_TRUE( html.contains( QStringLiteral( "<td>Oost</td>" ) ) );
}

TEST_F( AreaReportTest, ReportsOnRealAggregateOutput )
{
  // The required fields are ones aggregateareas writes.
  const QgsFields added = schema::areaFigureQgsFields();
  for ( const QString &field : AreaReportFields::required() )
    EXPECT_GE( added.lookupField( field ), 0 ) << field.toStdString();

  // Three squares; "Noord" holds 5 households with p = 0.5 (expected 2.5), "Zuid" 3 with p = 0.2
  // (expected 0.6), "Leeg" 1 household: fewer than MIN_COUNT 2, so suppressed.
  auto areas = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=statcode:string&field=statnaam:string" ), QStringLiteral( "areas" ) );
  addFeature( areas.get(), { QStringLiteral( "BU01" ), QStringLiteral( "Noord" ) }, QStringLiteral( "POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))" ) );
  addFeature( areas.get(), { QStringLiteral( "BU02" ), QStringLiteral( "Zuid" ) }, QStringLiteral( "POLYGON((20 0, 30 0, 30 10, 20 10, 20 0))" ) );
  addFeature( areas.get(), { QStringLiteral( "BU03" ), QStringLiteral( "Leeg" ) }, QStringLiteral( "POLYGON((40 0, 50 0, 50 10, 40 10, 40 0))" ) );
  auto households = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=tg_prob:double&field=tg_ref:integer" ), QStringLiteral( "households" ) );
  for ( int i = 0; i < 5; ++i )
    addFeature( households.get(), { 0.5, 1 }, QStringLiteral( "POINT(%1 5)" ).arg( 1 + i ) );
  for ( int i = 0; i < 3; ++i )
    addFeature( households.get(), { 0.2, 0 }, QStringLiteral( "POINT(%1 5)" ).arg( 21 + i ) );
  addFeature( households.get(), { 0.9, 1 }, QStringLiteral( "POINT(45 5)" ) );

  QVariantMap aggregate;
  aggregate.insert( AggregateAreasAlgorithm::INPUT, QVariant::fromValue( households.get() ) );
  aggregate.insert( AggregateAreasAlgorithm::AREAS, QVariant::fromValue( areas.get() ) );
  aggregate.insert( AggregateAreasAlgorithm::MIN_COUNT, 2 );
  aggregate.insert( AggregateAreasAlgorithm::OUTPUT, directory.filePath( QStringLiteral( "areas.gpkg" ) ) );
  const AlgorithmRun aggregated = runAlgorithm( AggregateAreasAlgorithm(), aggregate, context, feedback );
  ASSERT_TRUE( aggregated.ok ) << aggregated.error.toStdString();

  QVariantMap p = parameters();
  p.insert( AreaReportAlgorithm::AREAS, aggregated.results.value( AggregateAreasAlgorithm::OUTPUT ) );
  p.insert( AreaReportAlgorithm::MIN_COUNT, 2 );
  const AlgorithmRun result = run( p );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  EXPECT_EQ( result.results.value( AreaReportAlgorithm::AREA_COUNT ).toLongLong(), 3 );
  EXPECT_EQ( result.results.value( AreaReportAlgorithm::SUPPRESSED_COUNT ).toLongLong(), 1 );
  const QString html = readText( result.results.value( AreaReportAlgorithm::OUTPUT_HTML ).toString() );
  const QString byExpected = section( html, QStringLiteral( "Where the target group lives" ), QStringLiteral( "<h2>Membership reach" ) );
  EXPECT_TRUE( ascendingAndPresent( positions( byExpected, { QStringLiteral( "Noord" ), QStringLiteral( "Zuid" ) } ) ) ) << byExpected.toStdString();
  EXPECT_TRUE( byExpected.contains( QStringLiteral( ">%1<" ).arg( QLocale().toString( 2.5, 'f', 1 ) ) ) ) << byExpected.toStdString();
  EXPECT_FALSE( byExpected.contains( QStringLiteral( "Leeg" ) ) );
  // No MEMBER expression in the aggregation: reach is unknown.
  EXPECT_TRUE( html.contains( QStringLiteral( "Membership is not known" ) ) );
}
