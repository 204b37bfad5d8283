// Generated from specs/wdk/alibaba.wdk.eleme.bill.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.eleme.bill.get` (饿了么日维度对账单查询). */
export interface AlibabaWdkElemeBillGetRequest {
  /** 对账单查询参数 */
  ele_bill_request: AlibabaWdkElemeBillGetEleBillRequestInput;
}

/** Response of `alibaba.wdk.eleme.bill.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkElemeBillGetResponse {
  /** 返回结果 */
  result?: AlibabaWdkElemeBillGetApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EleBillRequest` of `alibaba.wdk.eleme.bill.get`. */
export interface AlibabaWdkElemeBillGetEleBillRequestInput {
  /** 查询页码,默认查询第一页,默认每页 20 条 */
  page: string;
  /** 查询日期，时间戳格式(2019-06-10=1560124800) */
  date: string;
  /** 渠道店id */
  shop_id: string;
}

/** `ApiResult` of `alibaba.wdk.eleme.bill.get`. */
export interface AlibabaWdkElemeBillGetApiResult {
  /** 账单信息 */
  model?: AlibabaWdkElemeBillGetEleBillBo;
  /** 错误描述 */
  err_msg?: string;
  /** 错误编码 */
  err_code?: string;
  /** 调用是否成功 */
  success?: boolean;
}

/** `EleBillBo` of `alibaba.wdk.eleme.bill.get`. */
export interface AlibabaWdkElemeBillGetEleBillBo {
  /** 订单费用明细 */
  order_detail_fee?: AlibabaWdkElemeBillGetOrderDetailFee;
  /** 应付金额 */
  expend_fee?: string;
  /** 单量 */
  order_count?: string;
  /** 未结算金额，单位:分 */
  pay_fee?: string;
  /** 实际付款主体 */
  pay_entity?: string;
  /** 账单日期，时间戳 */
  date?: string;
  /** 渠道店id */
  shop_id?: string;
}

/** `OrderDetailFee` of `alibaba.wdk.eleme.bill.get`. */
export interface AlibabaWdkElemeBillGetOrderDetailFee {
  /** 众包呼单费 */
  zhongbao_call_fee?: string;
  /** 冷链加工费 */
  cold_box_fee?: string;
  /** 用户实付 */
  user_fee?: string;
  /** 实收佣金 */
  commission?: string;
  /** 代理商补贴 */
  agent_rate?: string;
  /** 平台补贴 */
  platform_rate?: string;
  /** 商户补贴 */
  shop_rate?: string;
  /** 配送费 */
  send_fee?: string;
  /** 餐盒费 */
  package_fee?: string;
  /** 商品金额 */
  product_fee?: string;
}

const REQUEST_SCHEMA = {
  ele_bill_request: {
    page: 'String',
    date: 'String',
    shop_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      order_detail_fee: {
        zhongbao_call_fee: 'String',
        cold_box_fee: 'String',
        user_fee: 'String',
        commission: 'String',
        agent_rate: 'String',
        platform_rate: 'String',
        shop_rate: 'String',
        send_fee: 'String',
        package_fee: 'String',
        product_fee: 'String',
      },
      expend_fee: 'String',
      order_count: 'String',
      pay_fee: 'String',
      pay_entity: 'String',
      date: 'String',
      shop_id: 'String',
    },
    err_msg: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.eleme.bill.get`: method, response root, request and response schemas. */
export const alibabaWdkElemeBillGetOperation = {
  method: 'alibaba.wdk.eleme.bill.get',
  responseRoot: 'alibaba_wdk_eleme_bill_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 饿了么日维度对账单查询 — calls TOP method `alibaba.wdk.eleme.bill.get`.
 *
 * 查询饿了么日维度对账单信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkElemeBillGet(
  client: TopClient,
  request: AlibabaWdkElemeBillGetRequest,
  options?: CallOptions,
): Promise<AlibabaWdkElemeBillGetResponse> {
  return client.call<AlibabaWdkElemeBillGetResponse>(
    {
      method: 'alibaba.wdk.eleme.bill.get',
      responseRoot: 'alibaba_wdk_eleme_bill_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
