// Generated from specs/servicecenter/taobao.recycle.ofnpreredpacket.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.recycle.ofnpreredpacket.get` (服务商查询前置补贴红包的最新数据). */
export interface TaobaoRecycleOfnpreredpacketGetRequest {
  /** 旧机单id */
  old_order_id?: Int64Input;
}

/** Response of `taobao.recycle.ofnpreredpacket.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRecycleOfnpreredpacketGetResponse {
  /** 前置补贴红包 */
  data?: TaobaoRecycleOfnpreredpacketGetOfnPreRedPacketDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OfnPreRedPacketDTO` of `taobao.recycle.ofnpreredpacket.get`. */
export interface TaobaoRecycleOfnpreredpacketGetOfnPreRedPacketDTO {
  /** 操作列表 */
  action_list?: TaobaoRecycleOfnpreredpacketGetOfnPreRedPacketActionDto[];
  /** 活动id */
  activity_id?: Int64;
  /** 是否信用单 */
  credit_pay?: boolean;
  /** 信用额度，单位分 */
  credit_pay_limit?: Int64;
  /** 尾款部分-已经发放的金额，单位分 */
  end_already_send_amount?: Int64;
  /** 尾款部分-计划发放的金额，单位分 */
  end_plan_send_amount?: Int64;
  /** 尾款部分-等待发放的金额，单位分 */
  end_wait_send_amount?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 主键 */
  id?: Int64;
  /** 新机优惠价 */
  new_item_coupon_price?: Int64;
  /** 新机id */
  new_item_id?: Int64;
  /** 新机订单id */
  new_order_id?: Int64;
  /** 旧机质检价 */
  old_item_actual_price?: Int64;
  /** 旧机评估价 */
  old_item_apprize_price?: Int64;
  /** 旧机id */
  old_item_spu_id?: Int64;
  /** 旧机单id */
  old_order_id?: Int64;
  /** 计划发放的金额，单位分 */
  plan_send_amount?: Int64;
  /** 预发部分-已经发放的金额，单位分 */
  pre_already_send_amount?: Int64;
  /** 预发部分-计划发放的金额，单位分 */
  pre_plan_send_amount?: Int64;
  /** 预发部分-等待发放的金额，单位分 */
  pre_wait_send_amount?: Int64;
  /** 状态。初始化=1，重试中=2，失败=3，成功=4 */
  status?: Int64;
  /** 由回收商已经扣回的金额，单位分 */
  tmall_already_deduct_amount?: Int64;
  /** 等待回收商扣回的金额，单位分 */
  tmall_wait_deduct_amount?: Int64;
  /** 由天猫已经扣回的金额，单位分 */
  tp_already_deduct_amount?: Int64;
  /** 等待天猫扣回的金额，单位分 */
  tp_wait_deduct_amount?: Int64;
  /** 乐观锁 */
  version?: Int64;
  /** 1=前置补贴，2=后置补贴 */
  mode?: Int64;
}

/** `OfnPreRedPacketActionDto` of `taobao.recycle.ofnpreredpacket.get`. */
export interface TaobaoRecycleOfnpreredpacketGetOfnPreRedPacketActionDto {
  /** 主键 */
  id?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 操作类型。1=天猫发预付红包；2=天猫发尾款红包；3=天猫扣回红包；4=回收商扣回红包 */
  action_type?: Int64;
  /** 资金池的记录 */
  after_fund_record_list?: TaobaoRecycleOfnpreredpacketGetOfnPreRedPacketFundRecordDto[];
  /** 状态。初始化=1，重试中=2，失败=3，成功=4 */
  status?: Int64;
}

/** `OfnPreRedPacketFundRecordDto` of `taobao.recycle.ofnpreredpacket.get`. */
export interface TaobaoRecycleOfnpreredpacketGetOfnPreRedPacketFundRecordDto {
  /** 资产编号 */
  fund_id?: Int64;
  /** 变化金额 */
  change_amount?: Int64;
}

const REQUEST_SCHEMA = {
  old_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    action_list: [
      {
        id: 'Number',
        gmt_create: 'Date',
        gmt_modified: 'Date',
        action_type: 'Number',
        after_fund_record_list: [
          {
            fund_id: 'Number',
            change_amount: 'Number',
          },
        ],
        status: 'Number',
      },
    ],
    activity_id: 'Number',
    credit_pay: 'Boolean',
    credit_pay_limit: 'Number',
    end_already_send_amount: 'Number',
    end_plan_send_amount: 'Number',
    end_wait_send_amount: 'Number',
    gmt_create: 'Date',
    gmt_modified: 'Date',
    id: 'Number',
    new_item_coupon_price: 'Number',
    new_item_id: 'Number',
    new_order_id: 'Number',
    old_item_actual_price: 'Number',
    old_item_apprize_price: 'Number',
    old_item_spu_id: 'Number',
    old_order_id: 'Number',
    plan_send_amount: 'Number',
    pre_already_send_amount: 'Number',
    pre_plan_send_amount: 'Number',
    pre_wait_send_amount: 'Number',
    status: 'Number',
    tmall_already_deduct_amount: 'Number',
    tmall_wait_deduct_amount: 'Number',
    tp_already_deduct_amount: 'Number',
    tp_wait_deduct_amount: 'Number',
    version: 'Number',
    mode: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.recycle.ofnpreredpacket.get`: method, response root, request and response schemas. */
export const taobaoRecycleOfnpreredpacketGetOperation = {
  method: 'taobao.recycle.ofnpreredpacket.get',
  responseRoot: 'recycle_ofnpreredpacket_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商查询前置补贴红包的最新数据 — calls TOP method `taobao.recycle.ofnpreredpacket.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRecycleOfnpreredpacketGet(
  client: TopClient,
  request: TaobaoRecycleOfnpreredpacketGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoRecycleOfnpreredpacketGetResponse> {
  return client.call<TaobaoRecycleOfnpreredpacketGetResponse>(
    {
      method: 'taobao.recycle.ofnpreredpacket.get',
      responseRoot: 'recycle_ofnpreredpacket_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
