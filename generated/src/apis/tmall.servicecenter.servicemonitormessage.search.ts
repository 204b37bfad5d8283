// Generated from specs/tmallservice/tmall.servicecenter.servicemonitormessage.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.servicemonitormessage.search` (根据时间段查询服务商的服务预警消息列表(15分钟内)). */
export interface TmallServicecenterServicemonitormessageSearchRequest {
  /** 开始时间long值 */
  start: Int64Input;
  /** 结束时间long值，与start相差15分钟 */
  end: Int64Input;
}

/** Response of `tmall.servicecenter.servicemonitormessage.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterServicemonitormessageSearchResponse {
  /** result */
  result?: TmallServicecenterServicemonitormessageSearchResultBase;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultBase` of `tmall.servicecenter.servicemonitormessage.search`. */
export interface TmallServicecenterServicemonitormessageSearchResultBase {
  /** gmtModified */
  gmt_modified?: string;
  /** gmtCreate */
  gmt_create?: string;
  /** errorCode */
  error_code?: Int64;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
  /** 服务预警消息列表 */
  value_list?: TmallServicecenterServicemonitormessageSearchServiceMonitorMessage[];
}

/** `ServiceMonitorMessage` of `tmall.servicecenter.servicemonitormessage.search`. */
export interface TmallServicecenterServicemonitormessageSearchServiceMonitorMessage {
  /** 消息id */
  id?: Int64;
  /** 提醒文本 */
  content?: string;
  /** 预警消息级别 1、预警 2、警告 3、严重 */
  level?: Int64;
  /** 备注 */
  memo?: string;
  /** 消息创建时间 */
  gmt_create?: string;
  /** 状态 0、已生成 1、已预警 2、已收到 3、已读 */
  status?: Int64;
  /** 规则类型 */
  rule_id?: string;
  /** 服务类型 */
  service_code?: string;
  /** bizId的业务实体类型，如果为1，则bizId为工单id */
  biz_type?: Int64;
  /** 业务实体id */
  biz_id?: Int64;
}

const REQUEST_SCHEMA = {
  start: 'Number',
  end: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    gmt_modified: 'Date',
    gmt_create: 'Date',
    error_code: 'Number',
    error_msg: 'String',
    success: 'Boolean',
    value_list: [
      {
        id: 'Number',
        content: 'String',
        level: 'Number',
        memo: 'String',
        gmt_create: 'Date',
        status: 'Number',
        rule_id: 'String',
        service_code: 'String',
        biz_type: 'Number',
        biz_id: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.servicemonitormessage.search`: method, response root, request and response schemas. */
export const tmallServicecenterServicemonitormessageSearchOperation = {
  method: 'tmall.servicecenter.servicemonitormessage.search',
  responseRoot: 'tmall_servicecenter_servicemonitormessage_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据时间段查询服务商的服务预警消息列表(15分钟内) — calls TOP method `tmall.servicecenter.servicemonitormessage.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterServicemonitormessageSearch(
  client: TopClient,
  request: TmallServicecenterServicemonitormessageSearchRequest,
  options?: CallOptions,
): Promise<TmallServicecenterServicemonitormessageSearchResponse> {
  return client.call<TmallServicecenterServicemonitormessageSearchResponse>(
    {
      method: 'tmall.servicecenter.servicemonitormessage.search',
      responseRoot: 'tmall_servicecenter_servicemonitormessage_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
