// Generated from specs/interact/alibaba.interact.activity.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.activity.apply` (ISV报名官方活动(中心化流量)). */
export interface AlibabaInteractActivityApplyRequest {
  /** 活动发放的权益类型，1:支付宝红包2:流量包3:淘金币4:集分宝5:优惠卷 */
  benefit_type: string;
  /** 权益对应的面额 */
  benefit_denomination?: string;
  /** 报名参加的中心化流量活动的banner 地址 */
  banner_url: string;
  /** 报名参加中心化流量活动的活动id */
  activity_biz_id: string;
  /** 该活动参与的中心化流量活动。1:代表每日赢宝箱2:微淘广场 */
  biz_type: string;
  /** 权益总额 */
  benefit_amount?: string;
  /** 权益属性(如红包，则为relationid) */
  benefit_attribute: string;
}

/** Response of `alibaba.interact.activity.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractActivityApplyResponse {
  /** 服务结果对象 */
  data?: AlibabaInteractActivityApplyActivityWriteResult;
  /** top接口执行成功与否 */
  is_success?: boolean;
  /** 出错提示信息 */
  err_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ActivityWriteResult` of `alibaba.interact.activity.apply`. */
export interface AlibabaInteractActivityApplyActivityWriteResult {
  /** 报名成功的id */
  activity_id?: Int64;
  /** 活动页面h5链接 */
  h5_url?: string;
}

const REQUEST_SCHEMA = {
  benefit_type: 'String',
  benefit_denomination: 'String',
  banner_url: 'String',
  activity_biz_id: 'String',
  biz_type: 'String',
  benefit_amount: 'String',
  benefit_attribute: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    activity_id: 'Number',
    h5_url: 'String',
  },
  is_success: 'Boolean',
  err_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.activity.apply`: method, response root, request and response schemas. */
export const alibabaInteractActivityApplyOperation = {
  method: 'alibaba.interact.activity.apply',
  responseRoot: 'alibaba_interact_activity_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV报名官方活动(中心化流量) — calls TOP method `alibaba.interact.activity.apply`.
 *
 * 支持商家将使用isv创建的活动所对应的权益信息同步到手淘，供过滤是否在中心化流量入口透出
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractActivityApply(
  client: TopClient,
  request: AlibabaInteractActivityApplyRequest,
  options?: CallOptions,
): Promise<AlibabaInteractActivityApplyResponse> {
  return client.call<AlibabaInteractActivityApplyResponse>(
    {
      method: 'alibaba.interact.activity.apply',
      responseRoot: 'alibaba_interact_activity_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
