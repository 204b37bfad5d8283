// Generated from specs/tvupadmin/yunos.tvpubadmin.user.rights.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.user.rights` (获取用户权益). */
export interface YunosTvpubadminUserRightsRequest {
  /** 用户ID */
  uid: Int64Input;
  /** 页码值 */
  page_no: Int64Input;
  /** 每页行数 */
  page_size: Int64Input;
}

/** Response of `yunos.tvpubadmin.user.rights`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminUserRightsResponse {
  /** object */
  object?: YunosTvpubadminUserRightsPaginationDO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PaginationDO` of `yunos.tvpubadmin.user.rights`. */
export interface YunosTvpubadminUserRightsPaginationDO {
  /** 总数 */
  total?: Int64;
  /** 页码值 */
  page_no?: Int64;
  /** 每页条数 */
  page_size?: Int64;
  /** list */
  list?: YunosTvpubadminUserRightsUserRightsDO[];
}

/** `UserRightsDO` of `yunos.tvpubadmin.user.rights`. */
export interface YunosTvpubadminUserRightsUserRightsDO {
  /** 更新时间 */
  gmt_modified?: string;
  /** 用户ID */
  uid?: Int64;
  /** 是否连续包月 */
  renewal_support?: boolean;
  /** 创建时间 */
  gmt_create?: string;
  /** 权益截止时间 */
  gmt_end?: string;
  /** 权益开始时间 */
  gmt_start?: string;
  /** 权益类型 */
  type?: string;
  /** 权益ID */
  item_id?: string;
}

const REQUEST_SCHEMA = {
  uid: 'Number',
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: {
    total: 'Number',
    page_no: 'Number',
    page_size: 'Number',
    list: [
      {
        gmt_modified: 'Date',
        uid: 'Number',
        renewal_support: 'Boolean',
        gmt_create: 'Date',
        gmt_end: 'Date',
        gmt_start: 'Date',
        type: 'String',
        item_id: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.user.rights`: method, response root, request and response schemas. */
export const yunosTvpubadminUserRightsOperation = {
  method: 'yunos.tvpubadmin.user.rights',
  responseRoot: 'yunos_tvpubadmin_user_rights_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取用户权益 — calls TOP method `yunos.tvpubadmin.user.rights`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminUserRights(
  client: TopClient,
  request: YunosTvpubadminUserRightsRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminUserRightsResponse> {
  return client.call<YunosTvpubadminUserRightsResponse>(
    {
      method: 'yunos.tvpubadmin.user.rights',
      responseRoot: 'yunos_tvpubadmin_user_rights_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
