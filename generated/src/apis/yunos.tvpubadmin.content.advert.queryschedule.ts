// Generated from specs/tvupadmin/yunos.tvpubadmin.content.advert.queryschedule.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.content.advert.queryschedule` (广告牌照管控查询). */
export interface YunosTvpubadminContentAdvertQueryscheduleRequest {
  /** 查询范围: 1-牌照，4-uuid */
  range: Int64Input;
  /** 分页，页码 */
  page_no: Int64Input;
  /** 分页，单页数量 */
  page_size: Int64Input;
  /** 日期 */
  gmt_start?: DateInput;
  /** uuid */
  uuid?: string;
  /** 牌照方，1-华数，7-CIBN */
  license: Int64Input;
  /** 广告类型 */
  sity_type?: Int64Input;
}

/** Response of `yunos.tvpubadmin.content.advert.queryschedule`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminContentAdvertQueryscheduleResponse {
  /** 具体数据信息 */
  object?: YunosTvpubadminContentAdvertQueryschedulePaginationDO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PaginationDO` of `yunos.tvpubadmin.content.advert.queryschedule`. */
export interface YunosTvpubadminContentAdvertQueryschedulePaginationDO {
  /** 总数 */
  total?: Int64;
  /** 页码 */
  page_no?: Int64;
  /** 单页数量 */
  page_size?: Int64;
  /** 内容列表 */
  list?: YunosTvpubadminContentAdvertQueryscheduleAdvertScheduleDO[];
}

/** `AdvertScheduleDO` of `yunos.tvpubadmin.content.advert.queryschedule`. */
export interface YunosTvpubadminContentAdvertQueryscheduleAdvertScheduleDO {
  /** 查询类型 */
  range?: Int64;
  /** 播控ID */
  bcp_id?: Int64;
  /** 设备型号 */
  device_model?: string;
  /** UUID */
  uuid?: string;
  /** 广告类型 */
  site_type?: Int64;
  /** 开始时间 */
  start?: string;
  /** 结束时间 */
  end?: string;
  /** 状态 */
  status?: Int64;
}

const REQUEST_SCHEMA = {
  range: 'Number',
  page_no: 'Number',
  page_size: 'Number',
  gmt_start: 'Date',
  uuid: 'String',
  license: 'Number',
  sity_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  object: {
    total: 'Number',
    page_no: 'Number',
    page_size: 'Number',
    list: [
      {
        range: 'Number',
        bcp_id: 'Number',
        device_model: 'String',
        uuid: 'String',
        site_type: 'Number',
        start: 'Date',
        end: 'Date',
        status: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.content.advert.queryschedule`: method, response root, request and response schemas. */
export const yunosTvpubadminContentAdvertQueryscheduleOperation = {
  method: 'yunos.tvpubadmin.content.advert.queryschedule',
  responseRoot: 'yunos_tvpubadmin_content_advert_queryschedule_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 广告牌照管控查询 — calls TOP method `yunos.tvpubadmin.content.advert.queryschedule`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminContentAdvertQueryschedule(
  client: TopClient,
  request: YunosTvpubadminContentAdvertQueryscheduleRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminContentAdvertQueryscheduleResponse> {
  return client.call<YunosTvpubadminContentAdvertQueryscheduleResponse>(
    {
      method: 'yunos.tvpubadmin.content.advert.queryschedule',
      responseRoot: 'yunos_tvpubadmin_content_advert_queryschedule_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
