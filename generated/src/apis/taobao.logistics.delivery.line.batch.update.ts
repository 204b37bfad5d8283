// Generated from specs/ascp/taobao.logistics.delivery.line.batch.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.delivery.line.batch.update` (线路能力创建/更新). */
export interface TaobaoLogisticsDeliveryLineBatchUpdateRequest {
  /** 线路能力创建/更新入参 */
  delivery_line_batch_update_request: TaobaoLogisticsDeliveryLineBatchUpdateDeliveryLineBatchUpdateRequestInput;
}

/** Response of `taobao.logistics.delivery.line.batch.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsDeliveryLineBatchUpdateResponse {
  /** 线路能力创建/更新出参 */
  delivery_line_batch_update_response?: TaobaoLogisticsDeliveryLineBatchUpdateDeliveryLineBatchUpdateResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeliveryLineBatchUpdateRequest` of `taobao.logistics.delivery.line.batch.update`. */
export interface TaobaoLogisticsDeliveryLineBatchUpdateDeliveryLineBatchUpdateRequestInput {
  /** 业务请求时间戳（毫秒） */
  request_time: Int64Input;
  /** 业务请求ID（服务商发起请求的ID） */
  request_id: string;
  /** 淘天物流服务商ID */
  supplier_id: string;
  /** 服务商仓编码 */
  warehouse_code: string;
  /** 1-通用规则；2-个性化规则 */
  rule_type: Int64Input;
  /** 通用到货线路规则（组） */
  normal_sign_line_rules?: TaobaoLogisticsDeliveryLineBatchUpdateNormalSignLineRuleInput[];
  /** 个性化到货线路规则（组）； */
  special_sign_line_rules?: TaobaoLogisticsDeliveryLineBatchUpdateSpecialSignLineRulesInput;
}

/** `NormalSignLineRule` of `taobao.logistics.delivery.line.batch.update`. */
export interface TaobaoLogisticsDeliveryLineBatchUpdateNormalSignLineRuleInput {
  /** 收货地：省 */
  province: string;
  /** 收货地：城市 */
  city?: string;
  /** 收货地：区 */
  area?: string;
  /** 收货地：街道 */
  town?: string;
  /** 承诺到达时效类型（不区分快递公司）： 0=不承诺 1=承诺当日达 2=承诺次日达 3=承诺隔日达 业务身份为时效代运营时，必填 */
  timing_type: Int64Input;
  /** 线路发货快递公司编码列表 */
  platform_delivery_codes: string[];
  /** 外部波次id */
  outer_wave_id?: string;
  /** 波次接单截单时间（HH:mm） */
  receive_cut_time?: string;
  /** 仓计划出库时间（HH:mm） */
  plan_delivery_time?: string;
  /** 计划揽收时间（HH:mm） */
  plan_collection_time?: string;
  /** 计划入首分拨时间（HH:mm） */
  first_allocation_time?: string;
  /** 配揽收-签收时长（小于等于）（h） */
  delivery_time?: Int64Input;
  /** 仓接单-签收时长（小于等于）（h） */
  express_time?: Int64Input;
  /** 波次能力 */
  waveability?: string[];
}

/** `SpecialSignLineRules` of `taobao.logistics.delivery.line.batch.update`. */
export interface TaobaoLogisticsDeliveryLineBatchUpdateSpecialSignLineRulesInput {
  /** wms货主id */
  wms_owner_code: string;
  /** 到货线路表达规则（组） */
  promise_des_rules?: TaobaoLogisticsDeliveryLineBatchUpdatePromiseDesRuleInput[];
}

/** `PromiseDesRule` of `taobao.logistics.delivery.line.batch.update`. */
export interface TaobaoLogisticsDeliveryLineBatchUpdatePromiseDesRuleInput {
  /** 收货地：省 */
  province: string;
  /** 收货地：城市 */
  city?: string;
  /** 收货地：区 */
  area?: string;
  /** 收货地：街道 */
  town?: string;
  /** 承诺到达时效类型（不区分快递公司）： 0=不表达 1=承诺当日达 2=承诺次日达 3=承诺隔日达 业务身份为时效代运营时，必填 */
  timing_type: Int64Input;
  /** 线路发货快递公司编码列表 */
  platform_delivery_codes?: string[];
  /** 外部波次id */
  outer_wave_id?: string;
  /** 波次接单截单时间（HH:mm） */
  receive_cut_time?: string;
  /** 仓计划出库时间（HH:mm） */
  plan_delivery_time?: string;
  /** 计划揽收时间（HH:mm） */
  plan_collection_time?: string;
  /** 计划入首分拨时间（HH:mm） */
  first_allocation_time?: string;
  /** 配揽收-签收时长（小于等于）（h） */
  delivery_time?: Int64Input;
  /** 仓接单-签收时长（小于等于）（h） */
  express_time?: Int64Input;
  /** 波次能力 */
  waveability?: string[];
}

/** `DeliveryLineBatchUpdateResponse` of `taobao.logistics.delivery.line.batch.update`. */
export interface TaobaoLogisticsDeliveryLineBatchUpdateDeliveryLineBatchUpdateResponse {
  /** true|false */
  success?: boolean;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 0=全部失败，1=全部成功，2=部分成功 */
  result?: string;
  /** 处理失败的到货线路规则（组） */
  data?: TaobaoLogisticsDeliveryLineBatchUpdateSignRuleResultDetail[];
}

/** `SignRuleResultDetail` of `taobao.logistics.delivery.line.batch.update`. */
export interface TaobaoLogisticsDeliveryLineBatchUpdateSignRuleResultDetail {
  /** 错误码 */
  code?: string;
  /** 错误信息 */
  message?: string;
  /** 收货地：省 */
  province?: string;
  /** 收货地：城市 */
  city?: string;
  /** 收货地：区 */
  area?: string;
  /** 收货地：街道 */
  town?: string;
  /** wms货主id */
  wms_owner_code?: string;
}

const REQUEST_SCHEMA = {
  delivery_line_batch_update_request: {
    request_time: 'Number',
    request_id: 'String',
    supplier_id: 'String',
    warehouse_code: 'String',
    rule_type: 'Number',
    normal_sign_line_rules: [
      {
        province: 'String',
        city: 'String',
        area: 'String',
        town: 'String',
        timing_type: 'Number',
        platform_delivery_codes: ['String'],
        outer_wave_id: 'String',
        receive_cut_time: 'String',
        plan_delivery_time: 'String',
        plan_collection_time: 'String',
        first_allocation_time: 'String',
        delivery_time: 'Number',
        express_time: 'Number',
        waveability: ['String'],
      },
    ],
    special_sign_line_rules: {
      wms_owner_code: 'String',
      promise_des_rules: [
        {
          province: 'String',
          city: 'String',
          area: 'String',
          town: 'String',
          timing_type: 'Number',
          platform_delivery_codes: ['String'],
          outer_wave_id: 'String',
          receive_cut_time: 'String',
          plan_delivery_time: 'String',
          plan_collection_time: 'String',
          first_allocation_time: 'String',
          delivery_time: 'Number',
          express_time: 'Number',
          waveability: ['String'],
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  delivery_line_batch_update_response: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
    result: 'String',
    data: [
      {
        code: 'String',
        message: 'String',
        province: 'String',
        city: 'String',
        area: 'String',
        town: 'String',
        wms_owner_code: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.delivery.line.batch.update`: method, response root, request and response schemas. */
export const taobaoLogisticsDeliveryLineBatchUpdateOperation = {
  method: 'taobao.logistics.delivery.line.batch.update',
  responseRoot: 'logistics_delivery_line_batch_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 线路能力创建/更新 — calls TOP method `taobao.logistics.delivery.line.batch.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsDeliveryLineBatchUpdate(
  client: TopClient,
  request: TaobaoLogisticsDeliveryLineBatchUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsDeliveryLineBatchUpdateResponse> {
  return client.call<TaobaoLogisticsDeliveryLineBatchUpdateResponse>(
    {
      method: 'taobao.logistics.delivery.line.batch.update',
      responseRoot: 'logistics_delivery_line_batch_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
