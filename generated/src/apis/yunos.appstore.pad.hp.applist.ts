// Generated from specs/yunosappstore/yunos.appstore.pad.hp.applist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.appstore.pad.hp.applist` (查询HpPad appList). */
export interface YunosAppstorePadHpApplistRequest {
  /** 获取的应用群code */
  code?: string;
}

/** Response of `yunos.appstore.pad.hp.applist`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosAppstorePadHpApplistResponse {
  /** result */
  results?: YunosAppstorePadHpApplistResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `yunos.appstore.pad.hp.applist`. */
export interface YunosAppstorePadHpApplistResult {
  /** icon */
  icon?: string;
  /** gmtCreate */
  gmt_create?: string;
  /** packageName */
  package_name?: string;
  /** name */
  name?: string;
  /** developerName */
  developer_name?: string;
  /** versionCode */
  version_code?: Int64;
  /** uri */
  uri?: string;
  /** url */
  url?: string;
  /** intro */
  intro?: string;
}

const REQUEST_SCHEMA = {
  code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      icon: 'String',
      gmt_create: 'Date',
      package_name: 'String',
      name: 'String',
      developer_name: 'String',
      version_code: 'Number',
      uri: 'String',
      url: 'String',
      intro: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `yunos.appstore.pad.hp.applist`: method, response root, request and response schemas. */
export const yunosAppstorePadHpApplistOperation = {
  method: 'yunos.appstore.pad.hp.applist',
  responseRoot: 'yunos_appstore_pad_hp_applist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询HpPad appList — calls TOP method `yunos.appstore.pad.hp.applist`.
 *
 * 提供hp pad应用群数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosAppstorePadHpApplist(
  client: TopClient,
  request: YunosAppstorePadHpApplistRequest = {},
  options?: CallOptions,
): Promise<YunosAppstorePadHpApplistResponse> {
  return client.call<YunosAppstorePadHpApplistResponse>(
    {
      method: 'yunos.appstore.pad.hp.applist',
      responseRoot: 'yunos_appstore_pad_hp_applist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
