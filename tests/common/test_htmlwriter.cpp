// The HTML writer: escaped text everywhere, the page skeleton, tables, and
// numbers in the user's locale (English and Dutch side by side).

#include "common/htmlwriter.h"

#include <gtest/gtest.h>
#include <qgsexception.h>

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include <cmath>
#include <limits>

using namespace targetgroup;

namespace
{

const QString kHostile = QStringLiteral( "<script>alert(\"x\")</script> & Co" );
const QString kHostileEscaped = QStringLiteral( "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" );

//! Sets QLocale's default for one test and restores the previous one after it.
class DefaultLocale
{
public:
  explicit DefaultLocale( QLocale::Language language, QLocale::Country country )
  {
    QLocale::setDefault( QLocale( language, country ) );
  }
  ~DefaultLocale() { QLocale::setDefault( mPrevious ); }

private:
  QLocale mPrevious;
};

QString readText( const QString &path )
{
  QFile file( path );
  return file.open( QIODevice::ReadOnly ) ? QString::fromUtf8( file.readAll() ) : QString();
}

} // namespace

TEST( HtmlWriter, EnglishNumbers )
{
  const DefaultLocale english( QLocale::English, QLocale::UnitedStates );
  EXPECT_EQ( html::formatCount( 1234567 ), QStringLiteral( "1,234,567" ) );
  EXPECT_EQ( html::formatNumber( 2.345, 2 ), QStringLiteral( "2.35" ) );
  // Expected households: whole numbers from 10, one decimal below.
  EXPECT_EQ( html::formatExpected( 45.4 ), QStringLiteral( "45" ) );
  EXPECT_EQ( html::formatExpected( 10.0 ), QStringLiteral( "10" ) );
  EXPECT_EQ( html::formatExpected( 4.84 ), QStringLiteral( "4.8" ) );
  EXPECT_EQ( html::formatExpected( 1234.4 ), QStringLiteral( "1,234" ) );
  // Intervals take the decimals of the estimate on both ends.
  EXPECT_EQ( html::formatExpectedInterval( 4.8, 7.2, 6.0 ), QStringLiteral( "4.8–7.2" ) );
  EXPECT_EQ( html::formatExpectedInterval( 9.6, 14.4, 9.9 ), QStringLiteral( "9.6–14.4" ) );
  EXPECT_EQ( html::formatExpectedInterval( 36.0, 54.0, 45.0 ), QStringLiteral( "36–54" ) );
  EXPECT_EQ( html::formatExpectedInterval( 7.6, 12.4, std::nullopt ), QStringLiteral( "7.6–12.4" ) );
  EXPECT_EQ( html::formatShare( 0.125 ), QStringLiteral( "12.5%" ) );
  EXPECT_EQ( html::formatShare( 0.4533, 0 ), QStringLiteral( "45%" ) );
  EXPECT_EQ( html::formatPercent( 40.0 ), QStringLiteral( "40.0%" ) );
  EXPECT_EQ( html::formatIndex( 137.4 ), QStringLiteral( "137" ) );
  EXPECT_EQ( html::formatIndexInterval( 80.2, 119.6 ), QStringLiteral( "80–120" ) );
}

TEST( HtmlWriter, DutchNumbers )
{
  const DefaultLocale dutch( QLocale::Dutch, QLocale::Netherlands );
  EXPECT_EQ( html::formatCount( 1234567 ), QStringLiteral( "1.234.567" ) );
  EXPECT_EQ( html::formatExpected( 4.84 ), QStringLiteral( "4,8" ) );
  EXPECT_EQ( html::formatExpectedInterval( 9.6, 14.4, 9.9 ), QStringLiteral( "9,6–14,4" ) );
  EXPECT_EQ( html::formatShare( 0.125 ), QStringLiteral( "12,5%" ) );
  EXPECT_EQ( html::formatIndexInterval( 1080.0, 2250.0 ), QStringLiteral( "1.080–2.250" ) );
}

TEST( HtmlWriter, MissingValuesAreADash )
{
  const QString dash = QStringLiteral( "–" );
  const double notANumber = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ( html::missing(), dash );
  EXPECT_EQ( html::formatNumber( notANumber, 1 ), dash );
  EXPECT_EQ( html::formatExpected( std::optional<double>() ), dash );
  EXPECT_EQ( html::formatExpectedInterval( std::nullopt, 5.0, 3.0 ), dash );
  EXPECT_EQ( html::formatExpectedInterval( 1.0, std::numeric_limits<double>::infinity(), 3.0 ), dash );
  EXPECT_EQ( html::formatShare( std::optional<double>() ), dash );
  EXPECT_EQ( html::formatShare( notANumber ), dash );
  EXPECT_EQ( html::formatIndex( std::optional<double>() ), dash );
  EXPECT_EQ( html::formatIndexInterval( 0.0, std::numeric_limits<double>::infinity() ), dash );
}

TEST( HtmlWriter, PageSkeletonWithSharedStyle )
{
  html::Document document( kHostile );
  const QString page = document.toHtml();
  EXPECT_TRUE( page.startsWith( QStringLiteral( "<!DOCTYPE html>\n<html lang=\"en\">" ) ) ) << page.toStdString();
  EXPECT_TRUE( page.contains( QStringLiteral( "<meta charset=\"utf-8\">" ) ) );
  EXPECT_TRUE( page.contains( QStringLiteral( "<title>%1</title>" ).arg( kHostileEscaped ) ) ) << page.toStdString();
  EXPECT_TRUE( page.contains( QStringLiteral( "<h1>%1</h1>" ).arg( kHostileEscaped ) ) ) << page.toStdString();
  EXPECT_TRUE( page.contains( QStringLiteral( "td.n{text-align:right" ) ) );
  EXPECT_TRUE( page.trimmed().endsWith( QStringLiteral( "</body></html>" ) ) );
  EXPECT_FALSE( page.contains( QStringLiteral( "<script" ) ) );
}

TEST( HtmlWriter, EveryTextIsEscaped )
{
  html::Document document( QStringLiteral( "Report" ) );
  document.addHeading( 2, kHostile );
  document.addParagraph( kHostile );
  document.addList( { kHostile, QStringLiteral( "plain" ) } );
  html::Table table( { kHostile } );
  table.addRow( { html::Cell::text( kHostile ), html::Cell::text( kHostile.toStdString() ), html::Cell::header( kHostile ), html::Cell::number( kHostile ).strong() } );
  document.addTable( table );
  document.addImage( QStringLiteral( "map\".png" ), 960, kHostile );
  const QString page = document.toHtml();
  EXPECT_FALSE( page.contains( QStringLiteral( "<script" ) ) );
  EXPECT_FALSE( page.contains( QStringLiteral( "\"x\"" ) ) );
  EXPECT_TRUE( page.contains( QStringLiteral( "<h2>%1</h2>" ).arg( kHostileEscaped ) ) );
  EXPECT_TRUE( page.contains( QStringLiteral( "<p>%1</p>" ).arg( kHostileEscaped ) ) );
  EXPECT_TRUE( page.contains( QStringLiteral( "<ul>\n<li>%1</li>\n<li>plain</li>\n</ul>" ).arg( kHostileEscaped ) ) ) << page.toStdString();
  EXPECT_TRUE( page.contains( QStringLiteral( "<tr><th>%1</th></tr>" ).arg( kHostileEscaped ) ) );
  EXPECT_TRUE( page.contains( QStringLiteral( "<tr><td>%1</td><td>%1</td><th>%1</th><td class=\"n\"><b>%1</b></td></tr>" ).arg( kHostileEscaped ) ) ) << page.toStdString();
  EXPECT_TRUE( page.contains( QStringLiteral( "<img src=\"map&quot;.png\" width=\"960\" alt=\"%1\">" ).arg( kHostileEscaped ) ) ) << page.toStdString();
  // Markup the caller built is kept as it is.
  document.addMarkup( QStringLiteral( "<svg role=\"img\"></svg>" ) );
  EXPECT_TRUE( document.toHtml().contains( QStringLiteral( "<svg role=\"img\"></svg>" ) ) );
}

TEST( HtmlWriter, TableRowsCellsAndEmphasis )
{
  html::Table table( { QStringLiteral( "Area" ), QStringLiteral( "Households" ) } );
  EXPECT_EQ( table.rowCount(), 0 );
  table.addRow( { html::Cell::text( QStringLiteral( "Oost" ) ), html::Cell::number( QStringLiteral( "300" ) ) } );
  table.addRow( { html::Cell::text( QStringLiteral( "West" ) ), html::Cell::number( QStringLiteral( "180" ) ) }, true );
  EXPECT_EQ( table.rowCount(), 2 );
  EXPECT_EQ( table.toHtml(), QStringLiteral( "<table>\n<tr><th>Area</th><th>Households</th></tr>\n"
                                             "<tr><td>Oost</td><td class=\"n\">300</td></tr>\n"
                                             "<tr class=\"strong\"><td>West</td><td class=\"n\">180</td></tr>\n</table>\n" ) );
  // Without headers there is no header row.
  html::Table bare;
  bare.addRow( { html::Cell::header( QStringLiteral( "Seed" ) ), html::Cell::number( QStringLiteral( "12" ) ) } );
  EXPECT_EQ( bare.toHtml(), QStringLiteral( "<table>\n<tr><th>Seed</th><td class=\"n\">12</td></tr>\n</table>\n" ) );
}

TEST( HtmlWriter, LinkCellsEscapeTextAndUrl )
{
  html::Table table;
  table.addRow( { html::Cell::link( QStringLiteral( "A & B <lib>" ), QStringLiteral( "a-b.html?x=1&y=\"2\"" ) ) } );
  table.addRow( { html::Cell::link( QStringLiteral( "All" ), QStringLiteral( "index.html" ) ).strong() } );
  EXPECT_EQ( table.toHtml(), QStringLiteral( "<table>\n<tr><td><a href=\"a-b.html?x=1&amp;y=&quot;2&quot;\">A &amp; B &lt;lib&gt;</a></td></tr>\n"
                                             "<tr><td><a href=\"index.html\"><b>All</b></a></td></tr>\n</table>\n" ) );
}

TEST( HtmlWriter, RelativeUrls )
{
  EXPECT_EQ( html::relativeUrl( QStringLiteral( "/data/out/report.html" ), QStringLiteral( "/data/out/maps/area map.png" ) ), QStringLiteral( "maps/area%20map.png" ) );
  EXPECT_EQ( html::relativeUrl( QStringLiteral( "/data/out/report.html" ), QStringLiteral( "/data/out/report_map.png" ) ), QStringLiteral( "report_map.png" ) );
  EXPECT_EQ( html::relativeUrl( QStringLiteral( "/data/out/report.html" ), QStringLiteral( "/data/maps/a#b.png" ) ), QStringLiteral( "../maps/a%23b.png" ) );
}

TEST( HtmlWriter, WritesIntoNewFoldersAndNamesThePathOnFailure )
{
  QTemporaryDir directory;
  ASSERT_TRUE( directory.isValid() );
  html::Document document( QStringLiteral( "Rapport é" ) );
  const QString path = directory.filePath( QStringLiteral( "new/folder/report.html" ) );
  document.write( path );
  EXPECT_EQ( readText( path ), document.toHtml() );

  // A folder where a file is: cannot be created, whoever runs the test.
  QFile blocker( directory.filePath( QStringLiteral( "blocker" ) ) );
  ASSERT_TRUE( blocker.open( QIODevice::WriteOnly ) );
  blocker.close();
  const QString impossible = directory.filePath( QStringLiteral( "blocker/report.html" ) );
  try
  {
    document.write( impossible );
    FAIL() << "no exception";
  }
  catch ( const QgsProcessingException &error )
  {
    EXPECT_TRUE( error.what().contains( impossible ) ) << error.what().toStdString();
  }
}
