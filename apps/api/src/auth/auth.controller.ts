import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiForbiddenResponse,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnsupportedMediaTypeResponse,
  ApiOperation,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { AuthUser } from './auth-user.js';
import { clearSessionCookies, setSessionCookies } from './auth-cookies.js';
import type { AuthenticatedRequest } from './auth.guard.js';
import { AuthService, TooManyAttempts } from './auth.service.js';
import { CurrentUser } from './current-user.decorator.js';
import { LoginDto } from './dto/login.dto.js';
import { LoginRequestGuard } from './login-request.guard.js';
import {
  LoginResponseDto,
  SessionStateDto,
  SessionUserDto,
  toLoginResponseDto,
  toSessionUserDto,
} from './dto/session.dto.js';
import { Public } from './roles.decorator.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @UseGuards(LoginRequestGuard)
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: set the session cookies and return a bearer token' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'Invalid email or password' })
  @ApiForbiddenResponse({ description: 'The Origin header names another site (login CSRF)' })
  @ApiUnsupportedMediaTypeResponse({ description: 'The body is not JSON (a form post)' })
  @ApiTooManyRequestsResponse({
    description: 'More than 10 failed attempts a minute from this address or for this account',
  })
  async login(
    @Body() body: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponseDto> {
    try {
      const result = await this.auth.login(body.email, body.password, req.ip ?? req.socket.remoteAddress ?? 'unknown');
      setSessionCookies(res, { ...result, maxAgeMs: this.config.tokenTtlSeconds * 1000 }, this.config.production);
      return toLoginResponseDto(result);
    } catch (error) {
      if (error instanceof TooManyAttempts) res.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
  }

  /** Public so an expired session can still clear its cookies; a live session is also revoked server-side. */
  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: clear the session cookies and revoke the session' })
  @ApiNoContentResponse()
  async logout(@Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    if (req.session) await this.auth.logout(req.session);
    clearSessionCookies(res, this.config.production);
  }

  /**
   * Public, so the web app can ask "who am I?" without an error status when nobody is: a 401 here was logged as a
   * console error on every visit to the sign-in page. GET /api/auth/me keeps answering 401 for scripts.
   */
  @Get('session')
  @Public()
  @ApiOperation({ summary: 'Get the signed-in user, or null when signed out (never 401)' })
  @ApiOkResponse({ type: SessionStateDto })
  session(@Req() req: AuthenticatedRequest): SessionStateDto {
    return { user: req.user ? toSessionUserDto(req.user) : null };
  }

  @Get('me')
  @ApiOperation({ summary: 'Get the signed-in user' })
  @ApiOkResponse({ type: SessionUserDto })
  me(@CurrentUser() user: AuthUser): SessionUserDto {
    return toSessionUserDto(user);
  }
}
