#include "common/htmlwriter.h"

#include <qgsexception.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QObject>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace targetgroup::html
{

namespace
{

//! The style sheet every report shares: readable type, ruled tables, numbers right-aligned and unbroken.
const char *const kStyleSheet = "body{font-family:sans-serif;max-width:64em;margin:1em auto;padding:0 1em;color:#222;line-height:1.4}"
                                "table{border-collapse:collapse;margin:.5em 0 1.5em}"
                                "td,th{border:1px solid #ccc;padding:2px 6px}"
                                "th{background:#f4f4f4}"
                                "td.n{text-align:right;white-space:nowrap}"
                                "tr.strong td{font-weight:bold}"
                                "h2{border-bottom:1px solid #ccc}"
                                "img{max-width:100%;height:auto}";

//! "low–high" with an en dash and no spaces, as in "9.6–14.4".
QString range( const QString &low, const QString &high )
{
  return low + QChar( 0x2013 ) + high;
}

} // namespace

QString escaped( const QString &text )
{
  return text.toHtmlEscaped();
}

QString escaped( const std::string &text )
{
  return escaped( QString::fromStdString( text ) );
}

QString relativeUrl( const QString &documentPath, const QString &targetPath )
{
  const QString relative = QFileInfo( documentPath ).absoluteDir().relativeFilePath( QFileInfo( targetPath ).absoluteFilePath() );
  return QString::fromLatin1( QUrl::toPercentEncoding( relative, "/" ) );
}

QString missing()
{
  return QString( QChar( 0x2013 ) );
}

QString formatCount( long long value )
{
  return QLocale().toString( value );
}

QString formatNumber( double value, int decimals )
{
  return std::isfinite( value ) ? QLocale().toString( value, 'f', decimals ) : missing();
}

int expectedDecimals( double value )
{
  return std::fabs( value ) >= 10 ? 0 : 1;
}

QString formatExpected( double value )
{
  return formatNumber( value, expectedDecimals( value ) );
}

QString formatExpected( const std::optional<double> &value )
{
  return value ? formatExpected( *value ) : missing();
}

QString formatExpectedInterval( const std::optional<double> &low, const std::optional<double> &high, const std::optional<double> &estimate )
{
  if ( !low || !high || !std::isfinite( *low ) || !std::isfinite( *high ) )
    return missing();
  const int decimals = expectedDecimals( estimate.value_or( *low ) );
  return range( formatNumber( *low, decimals ), formatNumber( *high, decimals ) );
}

QString formatPercent( double percent, int decimals )
{
  return std::isfinite( percent ) ? formatNumber( percent, decimals ) + QLatin1Char( '%' ) : missing();
}

QString formatShare( double fraction, int decimals )
{
  return formatPercent( fraction * 100.0, decimals );
}

QString formatShare( const std::optional<double> &fraction, int decimals )
{
  return fraction ? formatShare( *fraction, decimals ) : missing();
}

QString formatIndex( double index )
{
  return formatNumber( index, 0 );
}

QString formatIndex( const std::optional<double> &index )
{
  return index ? formatIndex( *index ) : missing();
}

QString formatIndexInterval( double low, double high )
{
  if ( !std::isfinite( low ) || !std::isfinite( high ) )
    return missing();
  return range( formatIndex( low ), formatIndex( high ) );
}

Cell Cell::text( const QString &text )
{
  return Cell( Kind::Text, text );
}

Cell Cell::text( const std::string &text )
{
  return Cell( Kind::Text, QString::fromStdString( text ) );
}

Cell Cell::number( const QString &formattedNumber )
{
  return Cell( Kind::Number, formattedNumber );
}

Cell Cell::header( const QString &text )
{
  return Cell( Kind::Header, text );
}

Cell Cell::link( const QString &text, const QString &url )
{
  Cell cell( Kind::Text, text );
  cell.mUrl = url;
  return cell;
}

Cell Cell::strong() const
{
  Cell cell = *this;
  cell.mStrong = true;
  return cell;
}

QString Cell::toHtml() const
{
  QString content = mStrong ? QStringLiteral( "<b>%1</b>" ).arg( escaped( mText ) ) : escaped( mText );
  if ( !mUrl.isEmpty() )
    content = QStringLiteral( "<a href=\"%1\">%2</a>" ).arg( escaped( mUrl ), content );
  switch ( mKind )
  {
  case Kind::Number:
    return QStringLiteral( "<td class=\"n\">%1</td>" ).arg( content );
  case Kind::Header:
    return QStringLiteral( "<th>%1</th>" ).arg( content );
  case Kind::Text:
    break;
  }
  return QStringLiteral( "<td>%1</td>" ).arg( content );
}

Table::Table( const QStringList &headers )
{
  if ( headers.isEmpty() )
    return;
  mHtml += QLatin1String( "<tr>" );
  for ( const QString &header : headers )
    mHtml += QStringLiteral( "<th>%1</th>" ).arg( escaped( header ) );
  mHtml += QLatin1String( "</tr>\n" );
}

void Table::addRow( const QList<Cell> &cells, bool strong )
{
  mHtml += strong ? QStringLiteral( "<tr class=\"strong\">" ) : QStringLiteral( "<tr>" );
  for ( const Cell &cell : cells )
    mHtml += cell.toHtml();
  mHtml += QLatin1String( "</tr>\n" );
  ++mRowCount;
}

QString Table::toHtml() const
{
  return QStringLiteral( "<table>\n%1</table>\n" ).arg( mHtml );
}

Document::Document( const QString &title )
    : mTitle( title )
{
  addHeading( 1, title );
}

void Document::addHeading( int level, const QString &text )
{
  const int clamped = std::clamp( level, 1, 6 );
  mBody += QStringLiteral( "<h%1>%2</h%1>\n" ).arg( QString::number( clamped ), escaped( text ) );
}

void Document::addParagraph( const QString &text )
{
  mBody += QStringLiteral( "<p>%1</p>\n" ).arg( escaped( text ) );
}

void Document::addList( const QStringList &items )
{
  mBody += QLatin1String( "<ul>\n" );
  for ( const QString &item : items )
    mBody += QStringLiteral( "<li>%1</li>\n" ).arg( escaped( item ) );
  mBody += QLatin1String( "</ul>\n" );
}

void Document::addTable( const Table &table )
{
  mBody += table.toHtml();
}

void Document::addImage( const QString &url, int width, const QString &alternativeText )
{
  mBody += QStringLiteral( "<p><img src=\"%1\" width=\"%2\" alt=\"%3\"></p>\n" ).arg( escaped( url ), QString::number( width ), escaped( alternativeText ) );
}

void Document::addMarkup( const QString &markup )
{
  mBody += markup + QLatin1Char( '\n' );
}

QString Document::toHtml() const
{
  //: HTML language code of the report
  const QString language = QObject::tr( "en" );
  return QStringLiteral( "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>\n<style>%3</style></head>\n<body>\n%4</body></html>\n" )
      .arg( escaped( language ), escaped( mTitle ), QLatin1String( kStyleSheet ), mBody );
}

void Document::write( const QString &path ) const
{
  QDir().mkpath( QFileInfo( path ).absolutePath() );
  QFile file( path );
  const QByteArray bytes = toHtml().toUtf8();
  if ( !file.open( QIODevice::WriteOnly | QIODevice::Truncate ) || file.write( bytes ) != bytes.size() )
    throw QgsProcessingException( QObject::tr( "Could not write the report %1: %2" ).arg( path, file.errorString() ) );
}

} // namespace targetgroup::html
