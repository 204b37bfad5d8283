// Generated from specs/tmallservice/tmall.servicecenter.workcard.logisticsorder.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.logisticsorder.update` (物流工单履约状态更新). */
export interface TmallServicecenterWorkcardLogisticsorderUpdateRequest {
  /** 体积 单位 立方毫米 */
  volume?: Int64Input;
  /** 重量 单位 克 */
  weight?: Int64Input;
  /** 备注说明 */
  comment?: string;
  /** 物流单号（展示给消费者） */
  express_code?: string;
  /** 物流公司名词（展示给消费者） */
  express_company?: string;
  /** 小件员手机号码 */
  courier_mobile?: string;
  /** 小件员姓名 */
  courier_name?: string;
  /** 取件码 */
  got_code?: string;
  /** 物流订单号 */
  logistics_order_id: Int64Input;
  /** 金额 单位分 */
  cost?: Int64Input;
  /** 1、以下状态时必填： 包裹已揽收完成 2、字符串格式为：json 串 例子： [{ "name": "上衣", "count": 1 }, { "name": "裤子", "count": 2 }] */
  goods_info?: string;
  /** 物流创建 ：create 物流取消 ：cancel 分派小件员：assign 已经分派小件员: assigned 包裹上门揽收: pickup_door 包裹已揽收完成: pickup_finished 包裹派送中: dispatching 包裹已签收: signed */
  status_code: string;
  /**
   * 物流子单号
   *
   * Max list size: 999
   */
  sub_express_codes?: string[];
  /** 预计送达时间 dispatching节点时必填 */
  delivery_time?: DateInput;
  /** 签收时间 signed节点时必填 */
  sign_time?: DateInput;
  /** 揽收完成时间 pickup_finished节点时必填 */
  pickup_finish_time?: DateInput;
  /** 上门揽收时间 pickup_door节点时必填 */
  pickup_door_time?: DateInput;
  /** 是否更新新物流数据 */
  new_logistics?: boolean;
  /** 扩展属性 */
  extend_info?: string;
}

/** Response of `tmall.servicecenter.workcard.logisticsorder.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardLogisticsorderUpdateResponse {
  /** 系统自动生成 */
  result?: TmallServicecenterWorkcardLogisticsorderUpdateFulfilplatformResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FulfilplatformResult` of `tmall.servicecenter.workcard.logisticsorder.update`. */
export interface TmallServicecenterWorkcardLogisticsorderUpdateFulfilplatformResult {
  /** 错误描述信息 */
  display_msg?: string;
  /** 错误码 */
  msg_code?: string;
  /** true 成功 false 失败 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  volume: 'Number',
  weight: 'Number',
  comment: 'String',
  express_code: 'String',
  express_company: 'String',
  courier_mobile: 'String',
  courier_name: 'String',
  got_code: 'String',
  logistics_order_id: 'Number',
  cost: 'Number',
  goods_info: 'String',
  status_code: 'String',
  sub_express_codes: ['String'],
  delivery_time: 'Date',
  sign_time: 'Date',
  pickup_finish_time: 'Date',
  pickup_door_time: 'Date',
  new_logistics: 'Boolean',
  extend_info: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    display_msg: 'String',
    msg_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.logisticsorder.update`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardLogisticsorderUpdateOperation = {
  method: 'tmall.servicecenter.workcard.logisticsorder.update',
  responseRoot: 'tmall_servicecenter_workcard_logisticsorder_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物流工单履约状态更新 — calls TOP method `tmall.servicecenter.workcard.logisticsorder.update`.
 *
 * 天猫寄送类服务对接外部物流服务商回传物流状态信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardLogisticsorderUpdate(
  client: TopClient,
  request: TmallServicecenterWorkcardLogisticsorderUpdateRequest,
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardLogisticsorderUpdateResponse> {
  return client.call<TmallServicecenterWorkcardLogisticsorderUpdateResponse>(
    {
      method: 'tmall.servicecenter.workcard.logisticsorder.update',
      responseRoot: 'tmall_servicecenter_workcard_logisticsorder_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
