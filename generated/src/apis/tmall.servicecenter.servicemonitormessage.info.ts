// Generated from specs/tmallservice/tmall.servicecenter.servicemonitormessage.info.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.servicemonitormessage.info` (服务预警单查询接口). */
export interface TmallServicecenterServicemonitormessageInfoRequest {
  /** 预警单ID */
  id: Int64Input;
}

/** Response of `tmall.servicecenter.servicemonitormessage.info`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterServicemonitormessageInfoResponse {
  /** biz_id的业务类型， 为1，则bizId为工单id biz_type=2 则表示预警单为运营动态配置的规则产生的预警，对应biz_id为工单id */
  biz_type?: string;
  /** 预警级别，1、预警 2、警告 3、严重 */
  level?: string;
  /** 服务类型 */
  service_code?: string;
  /** 业务实体id，参考 biz_type */
  biz_id?: Int64;
  /** 处理备注 */
  memo?: string;
  /** 预警单主键id ，反馈处理进度和备注时需要回传此ID */
  id?: Int64;
  /** 服务预警单创建时间，格式如：2021-11-06 13:12:11 */
  gmt_create?: string;
  /** 预警规则id，对应一种业务触发的条件 */
  rule_id?: string;
  /** 预警提示内容，如请及时处理即将超出6小时时未回传工人信息的服务工单，详情如下：父订单编号：XXX，服务子订单：XXX，服务工单号：XXX */
  content?: string;
  /** 预警状态 0、已生成 1、已预警 2、已收到 3、已读 4、处理中 5、已处理 */
  status?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  biz_type: 'String',
  level: 'String',
  service_code: 'String',
  biz_id: 'Number',
  memo: 'String',
  id: 'Number',
  gmt_create: 'Date',
  rule_id: 'String',
  content: 'String',
  status: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.servicemonitormessage.info`: method, response root, request and response schemas. */
export const tmallServicecenterServicemonitormessageInfoOperation = {
  method: 'tmall.servicecenter.servicemonitormessage.info',
  responseRoot: 'tmall_servicecenter_servicemonitormessage_info_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务预警单查询接口 — calls TOP method `tmall.servicecenter.servicemonitormessage.info`.
 *
 * 服务预警单查询接口,用于查询预警单最新状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterServicemonitormessageInfo(
  client: TopClient,
  request: TmallServicecenterServicemonitormessageInfoRequest,
  options?: CallOptions,
): Promise<TmallServicecenterServicemonitormessageInfoResponse> {
  return client.call<TmallServicecenterServicemonitormessageInfoResponse>(
    {
      method: 'tmall.servicecenter.servicemonitormessage.info',
      responseRoot: 'tmall_servicecenter_servicemonitormessage_info_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
