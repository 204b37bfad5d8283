// Generated from specs/alihouse/alibaba.alihouse.newhome.deposit.publish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.deposit.publish` (创建、修改、发布房产预存金商品). */
export interface AlibabaAlihouseNewhomeDepositPublishRequest {
  /** 房产预存金属性 */
  pre_deposit_gold_save_param: AlibabaAlihouseNewhomeDepositPublishPreDepositGoldSaveParamInput;
}

/** Response of `alibaba.alihouse.newhome.deposit.publish`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeDepositPublishResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeDepositPublishResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PreDepositGoldSaveParam` of `alibaba.alihouse.newhome.deposit.publish`. */
export interface AlibabaAlihouseNewhomeDepositPublishPreDepositGoldSaveParamInput {
  /** 预存金淘宝商品Id,修改时必填 */
  item_id?: Int64Input;
  /** 商品标题 */
  name: string;
  /** 商品主图 */
  pic: string;
  /** 有效期-相对时间 */
  valid_days?: Int64Input;
  /** 有效期起-绝对时间 (yyyy-MM-dd) */
  valid_start_date?: string;
  /** 有效期止-绝对时间 (yyyy-MM-dd) */
  valid_end_date?: string;
  /** 购物金价格（单位:分） */
  price: Int64Input;
  /** 库存 */
  quantity: Int64Input;
  /** 是否是拍下减库存，默认是支付减库存 */
  sub_stock_at_buy: boolean;
  /** 商品状态（立即上架传0 定时上架传1 下架放入仓库传-2 */
  status: Int64Input;
  /** 上架时间（yyyy-MM-dd） */
  starts?: string;
  /** 外部项目店id */
  outer_store_id?: string;
}

/** `Result` of `alibaba.alihouse.newhome.deposit.publish`. */
export interface AlibabaAlihouseNewhomeDepositPublishResult {
  /** code */
  code?: string;
  /** message */
  message?: string;
  /** 调用是否成功 */
  success?: boolean;
  /** 预存金淘宝商品id */
  data?: Int64;
}

const REQUEST_SCHEMA = {
  pre_deposit_gold_save_param: {
    item_id: 'Number',
    name: 'String',
    pic: 'String',
    valid_days: 'Number',
    valid_start_date: 'String',
    valid_end_date: 'String',
    price: 'Number',
    quantity: 'Number',
    sub_stock_at_buy: 'Boolean',
    status: 'Number',
    starts: 'String',
    outer_store_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    success: 'Boolean',
    data: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.deposit.publish`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeDepositPublishOperation = {
  method: 'alibaba.alihouse.newhome.deposit.publish',
  responseRoot: 'alibaba_alihouse_newhome_deposit_publish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建、修改、发布房产预存金商品 — calls TOP method `alibaba.alihouse.newhome.deposit.publish`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeDepositPublish(
  client: TopClient,
  request: AlibabaAlihouseNewhomeDepositPublishRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeDepositPublishResponse> {
  return client.call<AlibabaAlihouseNewhomeDepositPublishResponse>(
    {
      method: 'alibaba.alihouse.newhome.deposit.publish',
      responseRoot: 'alibaba_alihouse_newhome_deposit_publish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
