// Generated from specs/mos/alibaba.mos.pos.alarm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.pos.alarm` (pos故障报警). */
export interface AlibabaMosPosAlarmRequest {
  /** 参数 */
  param0: AlibabaMosPosAlarmPosLogDtoInput;
}

/** Response of `alibaba.mos.pos.alarm`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosPosAlarmResponse {
  /** errMsg */
  error_message?: string;
  /** errCode */
  sub_err_code?: Int64;
  /** success/false */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PosLogDto` of `alibaba.mos.pos.alarm`. */
export interface AlibabaMosPosAlarmPosLogDtoInput {
  /** IP地址 */
  ip_addr?: string;
  /** 当前操作步骤 */
  oper_step?: string;
  /** 外部订单号 */
  out_trade_no?: string;
  /** pos机类型:POS("大POS"), SHOPPE(" 单品开票"), COUNTER("专柜自收银"), CLOUDPOS("云POS"); */
  pos_type?: string;
  /** pos机版本号 */
  version?: string;
  /** 门店号 */
  store_no?: string;
  /** 专柜号 */
  counter_id?: string;
  /** 联网:ON/OFF */
  net_stat?: string;
  /** 日志级别:INFO/DEBUG/ERROR */
  log_level?: string;
  /** 操作步骤结果描述 */
  oper_result?: string;
  /** pos日志上传时间(本地时间) */
  upload_time?: string;
  /** pos日志发生时间(本地时间) */
  happen_time?: string;
  /** 云pos序列号 */
  sn?: string;
  /** 请求状态码 */
  http_status?: Int64Input;
  /** 小票号码 */
  receipt_no?: string;
  /** 错误码 */
  err_code?: string;
  /** 错误源 */
  err_source?: string;
  /** 扩展数据 */
  extension?: string;
  /** 日志数据类型:SYSTEM系统/BUSINESS 业务 */
  data_type?: string;
  /** 错误描述 */
  err_msg?: string;
  /** MAC地址 */
  mac_addr?: string;
  /** 请求地址 */
  api_url?: string;
  /** 收银机号 */
  pos_no?: string;
  /** OPER("步骤"), REMOTESERVICE(" 远程服务调用"), TRANS("传输日志"), DEFAULT("默认"); */
  log_type?: string;
  /** 收银员 */
  cashier?: string;
  /** 请求内容 */
  request_content?: string;
  /** 告警级别 */
  biz_alarm_level?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    ip_addr: 'String',
    oper_step: 'String',
    out_trade_no: 'String',
    pos_type: 'String',
    version: 'String',
    store_no: 'String',
    counter_id: 'String',
    net_stat: 'String',
    log_level: 'String',
    oper_result: 'String',
    upload_time: 'String',
    happen_time: 'String',
    sn: 'String',
    http_status: 'Number',
    receipt_no: 'String',
    err_code: 'String',
    err_source: 'String',
    extension: 'String',
    data_type: 'String',
    err_msg: 'String',
    mac_addr: 'String',
    api_url: 'String',
    pos_no: 'String',
    log_type: 'String',
    cashier: 'String',
    request_content: 'String',
    biz_alarm_level: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error_message: 'String',
  sub_err_code: 'Number',
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.pos.alarm`: method, response root, request and response schemas. */
export const alibabaMosPosAlarmOperation = {
  method: 'alibaba.mos.pos.alarm',
  responseRoot: 'alibaba_mos_pos_alarm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * pos故障报警 — calls TOP method `alibaba.mos.pos.alarm`.
 *
 * 故障报警
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosPosAlarm(
  client: TopClient,
  request: AlibabaMosPosAlarmRequest,
  options?: CallOptions,
): Promise<AlibabaMosPosAlarmResponse> {
  return client.call<AlibabaMosPosAlarmResponse>(
    {
      method: 'alibaba.mos.pos.alarm',
      responseRoot: 'alibaba_mos_pos_alarm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
