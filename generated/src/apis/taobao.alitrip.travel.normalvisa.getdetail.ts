// Generated from specs/normalvisa/taobao.alitrip.travel.normalvisa.getdetail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.normalvisa.getdetail` (获取单笔订单的详情). */
export interface TaobaoAlitripTravelNormalvisaGetdetailRequest {
  /** 订单id */
  biz_order_id?: Int64Input;
}

/** Response of `taobao.alitrip.travel.normalvisa.getdetail`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelNormalvisaGetdetailResponse {
  /** 结果 */
  result?: TaobaoAlitripTravelNormalvisaGetdetailResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `taobao.alitrip.travel.normalvisa.getdetail`. */
export interface TaobaoAlitripTravelNormalvisaGetdetailResultSet {
  /** 结果 */
  results?: TaobaoAlitripTravelNormalvisaGetdetailNormalVisaDetailInfo[];
  /** 结果 */
  total_results?: Int64;
  /** 是否包含下一个 */
  has_next?: boolean;
  /** 异常 */
  exception?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `NormalVisaDetailInfo` of `taobao.alitrip.travel.normalvisa.getdetail`. */
export interface TaobaoAlitripTravelNormalvisaGetdetailNormalVisaDetailInfo {
  /** 用户信息数组 */
  n_visa_detail_person_result_v_o_list?: TaobaoAlitripTravelNormalvisaGetdetailNormalVisaPersonDetailVo[];
  /** 结束状态 */
  end_status?: Int64;
  /** 1:贴纸签 2:电子签 3:面试 */
  visa_type?: Int64;
  /** 结束状态描述 */
  end_status_desc?: string;
}

/** `NormalVisaPersonDetailVo` of `taobao.alitrip.travel.normalvisa.getdetail`. */
export interface TaobaoAlitripTravelNormalvisaGetdetailNormalVisaPersonDetailVo {
  /** 证件号 */
  credential_card_no?: string;
  /** 当前状态：1001,1002,1003,1004,1005,1006,1007,1008,1010 */
  current_status_desc?: string;
  /** 是否有下个状态 */
  has_next_status?: boolean;
  /** 备注 */
  remark?: string;
  /** 中止状态 */
  finish_status_desc?: string;
  /** 用户id */
  person_visa_id?: Int64;
  /** 当前状态：无办理人信息：1001 办理人已填写：1002 已收到资料: 1003 已审核完成: 1004 已送签:1005 结果已返回: 1006 已预约面试: 1007 处理中:1008 已中止办理：1010 */
  current_status?: Int64;
  /** 中止状态 */
  finish_status?: Int64;
  /** 下一个状态描述：无办理人信息：1001 办理人已填写：1002 已收到资料: 1003 已审核完成: 1004 已送签:1005 结果已返回: 1006 已预约面试: 1007 处理中:1008 已中止办理：1010 */
  next_current_status_desc?: string;
  /** 证件信息 */
  credential_card_infor?: string;
  /** 姓名 */
  name?: string;
  /** 订单号 */
  biz_order_id?: Int64;
  /** 是否包含结束状态 */
  has_finish_status?: boolean;
  /** 是否达到最终状态 */
  disabled?: boolean;
  /** 下一个状态：无办理人信息：1001 办理人已填写：1002 已收到资料: 1003 已审核完成: 1004 已送签:1005 结果已返回: 1006 已预约面试: 1007 处理中:1008 已中止办理：1010 */
  next_current_status?: Int64;
  /** 是否出签，为空则买家没有反馈，1 表示出签，0 表示拒签，-1 表示未办理 */
  pass?: Int64;
}

const REQUEST_SCHEMA = {
  biz_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    results: [
      {
        n_visa_detail_person_result_v_o_list: [
          {
            credential_card_no: 'String',
            current_status_desc: 'String',
            has_next_status: 'Boolean',
            remark: 'String',
            finish_status_desc: 'String',
            person_visa_id: 'Number',
            current_status: 'Number',
            finish_status: 'Number',
            next_current_status_desc: 'String',
            credential_card_infor: 'String',
            name: 'String',
            biz_order_id: 'Number',
            has_finish_status: 'Boolean',
            disabled: 'Boolean',
            next_current_status: 'Number',
            pass: 'Number',
          },
        ],
        end_status: 'Number',
        visa_type: 'Number',
        end_status_desc: 'String',
      },
    ],
    total_results: 'Number',
    has_next: 'Boolean',
    exception: 'String',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.normalvisa.getdetail`: method, response root, request and response schemas. */
export const taobaoAlitripTravelNormalvisaGetdetailOperation = {
  method: 'taobao.alitrip.travel.normalvisa.getdetail',
  responseRoot: 'alitrip_travel_normalvisa_getdetail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取单笔订单的详情 — calls TOP method `taobao.alitrip.travel.normalvisa.getdetail`.
 *
 * 获取单笔签证的详细记录
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelNormalvisaGetdetail(
  client: TopClient,
  request: TaobaoAlitripTravelNormalvisaGetdetailRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripTravelNormalvisaGetdetailResponse> {
  return client.call<TaobaoAlitripTravelNormalvisaGetdetailResponse>(
    {
      method: 'taobao.alitrip.travel.normalvisa.getdetail',
      responseRoot: 'alitrip_travel_normalvisa_getdetail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
