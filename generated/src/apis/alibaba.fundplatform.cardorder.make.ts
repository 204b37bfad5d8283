// Generated from specs/fundplatform/alibaba.fundplatform.cardorder.make.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.fundplatform.cardorder.make` (通知制卡商制卡). */
export interface AlibabaFundplatformCardorderMakeRequest {
  /** 物流信息 */
  logistics_info?: AlibabaFundplatformCardorderMakeStructInput;
  /**
   * 卡模板信息列表
   *
   * Max list size: 999
   */
  card_product_infos: AlibabaFundplatformCardorderMakeStructInput2[];
  /** 子制卡单ID */
  card_order_id: Int64Input;
  /** 环境变量值，该字段为枚举值：daily（日常），pre（预发），online（线上） */
  own_sign: string;
}

/** Response of `alibaba.fundplatform.cardorder.make`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaFundplatformCardorderMakeResponse {
  /** 返回结构体 */
  response?: AlibabaFundplatformCardorderMakeStruct;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Struct` of `alibaba.fundplatform.cardorder.make`. */
export interface AlibabaFundplatformCardorderMakeStructInput {
  /** 收件人邮编 */
  receiver_zip_code: string;
  /** 收件人地址 */
  receiver_address: string;
  /** 收件人联系方式 */
  receiver_number: string;
  /** 收件人名称 */
  receiver_name: string;
}

/** `Struct` of `alibaba.fundplatform.cardorder.make`. */
export interface AlibabaFundplatformCardorderMakeStructInput2 {
  /** 卡模板编号 */
  template_no: string;
  /** 卡外观图片地址 */
  picture_url?: string;
  /** 当前卡模板制卡数量 */
  count: Int64Input;
  /** 卡面额，单元分 */
  par_value: string;
  /** 该模板生成的卡名称 */
  card_name: string;
}

/** `Struct` of `alibaba.fundplatform.cardorder.make`. */
export interface AlibabaFundplatformCardorderMakeStruct {
  /** 若制卡请求接收成功，返回制卡商内部对应此订单的编号。目前未实际使用，可以随意填写 */
  making_card_no?: string;
  /** 错误详情 */
  result_message?: string;
  /** 错误CODE */
  result_code?: string;
  /** 是否调用成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  logistics_info: {
    receiver_zip_code: 'String',
    receiver_address: 'String',
    receiver_number: 'String',
    receiver_name: 'String',
  },
  card_product_infos: [
    {
      template_no: 'String',
      picture_url: 'String',
      count: 'Number',
      par_value: 'String',
      card_name: 'String',
    },
  ],
  card_order_id: 'Number',
  own_sign: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    making_card_no: 'String',
    result_message: 'String',
    result_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.fundplatform.cardorder.make`: method, response root, request and response schemas. */
export const alibabaFundplatformCardorderMakeOperation = {
  method: 'alibaba.fundplatform.cardorder.make',
  responseRoot: 'alibaba_fundplatform_cardorder_make_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通知制卡商制卡 — calls TOP method `alibaba.fundplatform.cardorder.make`.
 *
 * 该接口由内部定义，外部制卡商实现。当需要制卡商进行制卡操作时，将会调用该接口。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaFundplatformCardorderMake(
  client: TopClient,
  request: AlibabaFundplatformCardorderMakeRequest,
  options?: CallOptions,
): Promise<AlibabaFundplatformCardorderMakeResponse> {
  return client.call<AlibabaFundplatformCardorderMakeResponse>(
    {
      method: 'alibaba.fundplatform.cardorder.make',
      responseRoot: 'alibaba_fundplatform_cardorder_make_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
