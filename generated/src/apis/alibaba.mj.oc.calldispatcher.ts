// Generated from specs/mos/alibaba.mj.oc.calldispatcher.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mj.oc.calldispatcher` (呼叫运力). */
export interface AlibabaMjOcCalldispatcherRequest {
  /** 入参 */
  call_dispatcher_d_t_o?: AlibabaMjOcCalldispatcherCallDispatcherDtoInput;
}

/** Response of `alibaba.mj.oc.calldispatcher`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMjOcCalldispatcherResponse {
  /** result */
  result?: AlibabaMjOcCalldispatcherResultDO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CallDispatcherDto` of `alibaba.mj.oc.calldispatcher`. */
export interface AlibabaMjOcCalldispatcherCallDispatcherDtoInput {
  /** 包裹信息 */
  code_info_list?: AlibabaMjOcCalldispatcherCodeInfoDtoInput[];
  /** 主单号 */
  parent_no: string;
  /** 收货信息 */
  receive_info?: AlibabaMjOcCalldispatcherDeliveryCustomDtoInput;
}

/** `CodeInfoDto` of `alibaba.mj.oc.calldispatcher`. */
export interface AlibabaMjOcCalldispatcherCodeInfoDtoInput {
  /** 商品信息 */
  goods_list?: AlibabaMjOcCalldispatcherCodeGoodsDtoInput[];
  /** 包裹信息 */
  package_code: string;
  /** 寄件信息 */
  send_info?: AlibabaMjOcCalldispatcherDeliveryCustomDtoInput;
}

/** `CodeGoodsDto` of `alibaba.mj.oc.calldispatcher`. */
export interface AlibabaMjOcCalldispatcherCodeGoodsDtoInput {
  /** 数量 */
  quantity?: string;
  /** id */
  goods_id?: Int64Input;
  /** zi单号 */
  sub_no: string;
}

/** `DeliveryCustomDto` of `alibaba.mj.oc.calldispatcher`. */
export interface AlibabaMjOcCalldispatcherDeliveryCustomDtoInput {
  /** 名 */
  name?: string;
  /** 头像 */
  avatar_url?: string;
  /** 电话 */
  mobile_phone?: string;
  /** 电话 */
  telphone?: string;
  /** 详细信息 */
  address_info?: AlibabaMjOcCalldispatcherDeliveryAddressDtoInput;
}

/** `DeliveryAddressDto` of `alibaba.mj.oc.calldispatcher`. */
export interface AlibabaMjOcCalldispatcherDeliveryAddressDtoInput {
  /** 省 */
  province?: string;
  /** 市 */
  city?: string;
  /** 区 */
  district?: string;
  /** 镇 */
  town?: string;
  /** 编码 */
  division_id?: Int64Input;
  /** 详细信息 */
  detail_address?: string;
  /** 邮编 */
  zip_code?: string;
}

/** `ResultDO` of `alibaba.mj.oc.calldispatcher`. */
export interface AlibabaMjOcCalldispatcherResultDO {
  /** data */
  data?: AlibabaMjOcCalldispatcherCallDispatcherResponse;
}

/** `CallDispatcherResponse` of `alibaba.mj.oc.calldispatcher`. */
export interface AlibabaMjOcCalldispatcherCallDispatcherResponse {
  /** parentNo */
  parent_no?: string;
  /** respList */
  resp_list?: AlibabaMjOcCalldispatcherCallDispatcherRespDo[];
}

/** `CallDispatcherRespDo` of `alibaba.mj.oc.calldispatcher`. */
export interface AlibabaMjOcCalldispatcherCallDispatcherRespDo {
  /** shortId */
  short_id?: string;
  /** gotCode */
  got_code?: string;
  /** packageCode */
  package_code?: string;
  /** fulfillPlanId */
  fulfill_plan_id?: Int64;
}

const REQUEST_SCHEMA = {
  call_dispatcher_d_t_o: {
    code_info_list: [
      {
        goods_list: [
          {
            quantity: 'Price',
            goods_id: 'Number',
            sub_no: 'String',
          },
        ],
        package_code: 'String',
        send_info: {
          name: 'String',
          avatar_url: 'String',
          mobile_phone: 'String',
          telphone: 'String',
          address_info: {
            province: 'String',
            city: 'String',
            district: 'String',
            town: 'String',
            division_id: 'Number',
            detail_address: 'String',
            zip_code: 'String',
          },
        },
      },
    ],
    parent_no: 'String',
    receive_info: {
      name: 'String',
      avatar_url: 'String',
      mobile_phone: 'String',
      telphone: 'String',
      address_info: {
        province: 'String',
        city: 'String',
        district: 'String',
        town: 'String',
        division_id: 'Number',
        detail_address: 'String',
        zip_code: 'String',
      },
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      parent_no: 'String',
      resp_list: [
        {
          short_id: 'String',
          got_code: 'String',
          package_code: 'String',
          fulfill_plan_id: 'Number',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mj.oc.calldispatcher`: method, response root, request and response schemas. */
export const alibabaMjOcCalldispatcherOperation = {
  method: 'alibaba.mj.oc.calldispatcher',
  responseRoot: 'alibaba_mj_oc_calldispatcher_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 呼叫运力 — calls TOP method `alibaba.mj.oc.calldispatcher`.
 *
 * 定时达呼叫运力接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMjOcCalldispatcher(
  client: TopClient,
  request: AlibabaMjOcCalldispatcherRequest = {},
  options?: CallOptions,
): Promise<AlibabaMjOcCalldispatcherResponse> {
  return client.call<AlibabaMjOcCalldispatcherResponse>(
    {
      method: 'alibaba.mj.oc.calldispatcher',
      responseRoot: 'alibaba_mj_oc_calldispatcher_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
