<#
.SYNOPSIS
    Collects what SSPR Preview needs to answer "why is there no Reset password link on this PC?".

.DESCRIPTION
    Runs only built-in Windows commands and writes their output into one folder on the desktop:
      dsregcmd.txt           dsregcmd /status (join state, tenant, Windows Hello)
      version.txt            ver
      currentversion.txt     reg query of Windows NT\CurrentVersion (build, UBR, edition) and the Winlogon shell
      policies.reg           reg export HKLM\SOFTWARE\Policies
      system-policies.reg    reg export ...\CurrentVersion\Policies\System (security options)
      policymanager.reg      reg export HKLM\SOFTWARE\Microsoft\PolicyManager\current\device (policies from Intune/MDM)
      passportforwork.reg    reg export HKLM\SOFTWARE\Microsoft\Policies\PassportForWork (Windows Hello from MDM)
      users.txt              Get-ChildItem -Force C:\Users (leftover defaultuser1... reset profiles)
      userrights.inf         secedit /export /areas USER_RIGHTS (Allow/Deny log on locally; only when run elevated)
      mdm\                   mdmdiagnosticstool.exe -out (only when run elevated)
    Nothing is changed on the device and nothing is sent anywhere. Drop the folder's files on SSPR Preview.

    Run it as the user who has the problem, in a normal (not elevated) PowerShell window: dsregcmd reports the
    user's own Windows Hello and sign-in state only in that user's session. Run it a second time elevated to add
    the user rights and the MDM diagnostics report.

.EXAMPLE
    powershell.exe -NoProfile -ExecutionPolicy Bypass -File .\Collect-SsprDiagnostics.ps1
#>
[CmdletBinding()]
param(
    [string]$OutputFolder = (Join-Path ([Environment]::GetFolderPath('Desktop')) "sspr-$env:COMPUTERNAME")
)

$ErrorActionPreference = 'Continue'
New-Item -ItemType Directory -Path $OutputFolder -Force | Out-Null
Write-Host "Writing to $OutputFolder"

function Save-Output([string]$Name, [scriptblock]$Command) {
    $path = Join-Path $OutputFolder $Name
    try {
        & $Command 2>&1 | Out-File -FilePath $path -Encoding utf8
        Write-Host "  $Name"
    } catch {
        Write-Warning "$Name could not be written: $($_.Exception.Message)"
    }
}

function Export-Key([string]$Key, [string]$Name) {
    $path = Join-Path $OutputFolder $Name
    # reg.exe writes .reg files as UTF-16 LE, as regedit does; a missing key is reported, not fatal.
    & reg.exe export $Key $path /y 2>&1 | Out-Null
    if ($LASTEXITCODE -eq 0) { Write-Host "  $Name" } else { Write-Warning "$Key was not exported (missing or access denied)." }
}

$isElevated = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole(
    [Security.Principal.WindowsBuiltInRole]::Administrator)

if ($isElevated) {
    Write-Warning 'Elevated: dsregcmd describes the administrator, not the user. Run once without elevation too.'
}
Save-Output 'dsregcmd.txt' { dsregcmd.exe /status }
Save-Output 'version.txt' { cmd.exe /c ver }
Save-Output 'currentversion.txt' {
    reg.exe query 'HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion'
    reg.exe query 'HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon' /v Shell
}
Export-Key 'HKLM\SOFTWARE\Policies' 'policies.reg'
Export-Key 'HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System' 'system-policies.reg'
Export-Key 'HKLM\SOFTWARE\Microsoft\PolicyManager\current\device' 'policymanager.reg'
Export-Key 'HKLM\SOFTWARE\Microsoft\Policies\PassportForWork' 'passportforwork.reg'
Save-Output 'users.txt' { Get-ChildItem -Force -Path 'C:\Users' }

if ($isElevated) {
    # secedit writes the file itself (UTF-16 LE); it reads the local security database, hence the elevation.
    & secedit.exe /export /areas USER_RIGHTS /cfg (Join-Path $OutputFolder 'userrights.inf') | Out-Null
    Write-Host '  userrights.inf'
    & mdmdiagnosticstool.exe -out (Join-Path $OutputFolder 'mdm') | Out-Null
    Write-Host '  mdm\MDMDiagReport.xml'
} else {
    Write-Host 'Skipped the user rights and the MDM diagnostics report (they need an elevated window).'
}
Write-Host "Done. Drop the files in $OutputFolder on SSPR Preview."
