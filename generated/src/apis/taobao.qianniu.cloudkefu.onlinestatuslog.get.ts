// Generated from specs/qianniu/taobao.qianniu.cloudkefu.onlinestatuslog.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qianniu.cloudkefu.onlinestatuslog.get` (查询客服在线状态). */
export interface TaobaoQianniuCloudkefuOnlinestatuslogGetRequest {
  /**
   * 子帐号列表，最多10个
   *
   * Max list size: 5
   */
  account_ids: string[];
  /** 查询开始日期，只有日期有效，时间忽略 */
  start_date: DateInput;
  /** 查询结束日期，只有日期有效，时间忽略 */
  end_date: DateInput;
}

/** Response of `taobao.qianniu.cloudkefu.onlinestatuslog.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQianniuCloudkefuOnlinestatuslogGetResponse {
  /** module */
  record_list?: TaobaoQianniuCloudkefuOnlinestatuslogGetRecordList[];
  /** cause */
  cause?: string | Record<string, unknown>;
  /** errorMap */
  error_map?: string | Record<string, unknown>;
  /** attachment */
  attachment?: string | Record<string, unknown>;
  /** solution */
  solution?: string;
  /** version */
  version?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RecordList` of `taobao.qianniu.cloudkefu.onlinestatuslog.get`. */
export interface TaobaoQianniuCloudkefuOnlinestatuslogGetRecordList {
  /** mainAccountId */
  main_account_id?: Int64;
  /** 操作记录，1在线，-1离线，2挂起，3解挂 */
  status?: Int64;
  /** 记录类型，PC上下线：8；移动上下线：4；挂起类型：5 */
  type?: Int64;
  /** 查询记录的帐号ID */
  account_id?: Int64;
  /** 变更时间戳 */
  change_time_ts?: Int64;
  /** 变更时间 */
  change_time?: string;
  /** 登陆域 */
  domain?: string;
  /** 创建时间 */
  gmt_create?: string;
}

const REQUEST_SCHEMA = {
  account_ids: ['String'],
  start_date: 'Date',
  end_date: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  record_list: [
    {
      main_account_id: 'Number',
      status: 'Number',
      type: 'Number',
      account_id: 'Number',
      change_time_ts: 'Number',
      change_time: 'Date',
      domain: 'String',
      gmt_create: 'Date',
    },
  ],
  cause: 'Json',
  error_map: 'Json',
  attachment: 'Json',
  solution: 'String',
  version: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qianniu.cloudkefu.onlinestatuslog.get`: method, response root, request and response schemas. */
export const taobaoQianniuCloudkefuOnlinestatuslogGetOperation = {
  method: 'taobao.qianniu.cloudkefu.onlinestatuslog.get',
  responseRoot: 'qianniu_cloudkefu_onlinestatuslog_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询客服在线状态 — calls TOP method `taobao.qianniu.cloudkefu.onlinestatuslog.get`.
 *
 * 按天查询客服账号的在线状态记录。如：登录，下线，挂起等
 * 有别于taobao.qianniu.cloudkefu.statuslog.get接口，这个接口可以查询30天内的流水，不需要分页查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQianniuCloudkefuOnlinestatuslogGet(
  client: TopClient,
  request: TaobaoQianniuCloudkefuOnlinestatuslogGetRequest,
  options?: CallOptions,
): Promise<TaobaoQianniuCloudkefuOnlinestatuslogGetResponse> {
  return client.call<TaobaoQianniuCloudkefuOnlinestatuslogGetResponse>(
    {
      method: 'taobao.qianniu.cloudkefu.onlinestatuslog.get',
      responseRoot: 'qianniu_cloudkefu_onlinestatuslog_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
