// Generated from specs/tmallnr/tmall.nr.fulfill.logistics.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nr.fulfill.logistics.sync` (同城配物流信息回传). */
export interface TmallNrFulfillLogisticsSyncRequest {
  /** 物流回传参数 */
  param0: TmallNrFulfillLogisticsSyncNrLogisticsInfoSynReqDtoInput;
}

/** Response of `tmall.nr.fulfill.logistics.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrFulfillLogisticsSyncResponse {
  /** 返回结果 */
  result?: TmallNrFulfillLogisticsSyncNrResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrLogisticsInfoSynReqDto` of `tmall.nr.fulfill.logistics.sync`. */
export interface TmallNrFulfillLogisticsSyncNrLogisticsInfoSynReqDtoInput {
  /** 运力类型，0: 第三方快递员, 1:商家自动 */
  delivery_user_type?: Int64Input;
  /** 站点名称 */
  facility_name?: string;
  /** 配送日期，周期送业务必传 */
  plan_date?: string;
  /** 快递员id */
  delivery_user_id?: Int64Input;
  /** 流转节点的详细地址及操作描述 */
  desc?: string;
  /** 快递员的姓名 */
  delivery_user_name?: string;
  /** 淘系交易主订单号 */
  main_biz_order_id: Int64Input;
  /** 流转节点发生时间 */
  event_create_time: DateInput;
  /** 取消配送原因 */
  cancel_reason?: string;
  /** 快递公司名称，自配送传入：其他 */
  mail_cp_name: string;
  /** 流转节点的当前城市 */
  city?: string;
  /** 快递单号。各个快递公司的运单号格式不同。 */
  mail_no: string;
  /** 取消配送编号 */
  cancel_reason_code?: string;
  /** 淘宝交易子订单号，周期送业务必传 */
  sub_biz_order_id?: Int64Input;
  /** 快递业务员联系方式，手机号码或电话。 */
  delivery_phone?: string;
  /** 事件编码,10:已下发等待接单,20:骑手已接单，待提货,40:揽收,999:妥投,50:拒收,-999:取消 */
  event: Int64Input;
  /** 请求编号 */
  trace_id?: string;
  /** 操作人类型:1寄件人,3客服小二,4快递员,5CP,6收件人,100系统 */
  event_oper_type?: Int64Input;
  /** 配送序号 */
  sequence_no?: Int64Input;
  /** 运单所属CP，自配送传入：OTHER */
  mail_cp?: string;
  /** 业务类型（oneHour:一小时达,zqs:周期送,dss:定时送，周期送业务:zqs）如果自配送传入：other */
  biz_identity: string;
}

/** `NrResult` of `tmall.nr.fulfill.logistics.sync`. */
export interface TmallNrFulfillLogisticsSyncNrResult {
  /** 成功失败标识,true:成功，false:失败 */
  result_data?: boolean;
  /** 错误描述 */
  error_message?: string;
  /** 错误代码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    delivery_user_type: 'Number',
    facility_name: 'String',
    plan_date: 'String',
    delivery_user_id: 'Number',
    desc: 'String',
    delivery_user_name: 'String',
    main_biz_order_id: 'Number',
    event_create_time: 'Date',
    cancel_reason: 'String',
    mail_cp_name: 'String',
    city: 'String',
    mail_no: 'String',
    cancel_reason_code: 'String',
    sub_biz_order_id: 'Number',
    delivery_phone: 'String',
    event: 'Number',
    trace_id: 'String',
    event_oper_type: 'Number',
    sequence_no: 'Number',
    mail_cp: 'String',
    biz_identity: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nr.fulfill.logistics.sync`: method, response root, request and response schemas. */
export const tmallNrFulfillLogisticsSyncOperation = {
  method: 'tmall.nr.fulfill.logistics.sync',
  responseRoot: 'tmall_nr_fulfill_logistics_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同城配物流信息回传 — calls TOP method `tmall.nr.fulfill.logistics.sync`.
 *
 * 同城配业务物流信息回传，通过接口将物流信息同步给天猫
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrFulfillLogisticsSync(
  client: TopClient,
  request: TmallNrFulfillLogisticsSyncRequest,
  options?: CallOptions,
): Promise<TmallNrFulfillLogisticsSyncResponse> {
  return client.call<TmallNrFulfillLogisticsSyncResponse>(
    {
      method: 'tmall.nr.fulfill.logistics.sync',
      responseRoot: 'tmall_nr_fulfill_logistics_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
