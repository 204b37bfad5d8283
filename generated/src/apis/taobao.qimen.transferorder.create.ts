// Generated from specs/qimen/taobao.qimen.transferorder.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.transferorder.create` (调拨单创建). */
export interface TaobaoQimenTransferorderCreateRequest {
  request?: TaobaoQimenTransferorderCreateStructInput;
}

/** Response of `taobao.qimen.transferorder.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenTransferorderCreateResponse {
  response?: TaobaoQimenTransferorderCreateStruct2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Struct` of `taobao.qimen.transferorder.create`. */
export interface TaobaoQimenTransferorderCreateStructInput {
  /** 外部ERP订单号,HZ1234,string(50),必填, */
  erpOrderCode?: string;
  /** 出库仓编码,Item1234,string(50),必填, */
  fromStoreCode?: string;
  /** 入库仓编码,HZ1234,string(50),必填, */
  toStoreCode?: string;
  /** 期望调拨开始时间,Item1234,string(50),, */
  expectStartTime?: string;
  /** 扩展属性,HZ1234,string(500),, */
  attributes?: string;
  /** 项目集 */
  transferItems?: TaobaoQimenTransferorderCreateTransferItemsInput[];
  /** 111 */
  ownerCode: string;
}

/** `TransferItems` of `taobao.qimen.transferorder.create`. */
export interface TaobaoQimenTransferorderCreateTransferItemsInput {
  /** 库存类型(1:可销售库存.101:残次),HZ1234,string(500),必填, */
  scItemCode?: string;
  /** 数量,Item1234,string(50),必填, */
  count?: string;
  /** 货品编码,HZ1234,string(50),必填, */
  inventoryType?: string;
}

/** `Struct` of `taobao.qimen.transferorder.create`. */
export interface TaobaoQimenTransferorderCreateStruct2 {
  /** 响应结果:success|failure,success,string(10),必填, */
  flag?: string;
  /** 响应码,0,string(50),, */
  code?: string;
  /** 响应信息,invalid appkey,string(100),, */
  message?: string;
  /** 调拨单信息 */
  transferExecuteInfo?: TaobaoQimenTransferorderCreateStruct;
}

/** `Struct` of `taobao.qimen.transferorder.create`. */
export interface TaobaoQimenTransferorderCreateStruct {
  /** 调拨单号,0,string(50),, */
  transferOrderCode?: string;
  /** 预计出库时间,0,string(50),, */
  expectOutStoreTime?: string;
  /** 预计入库时间,0,string(50),, */
  expectInStoreTime?: string;
}

const REQUEST_SCHEMA = {
  request: {
    erpOrderCode: 'String',
    fromStoreCode: 'String',
    toStoreCode: 'String',
    expectStartTime: 'String',
    attributes: 'String',
    transferItems: [
      {
        scItemCode: 'String',
        count: 'String',
        inventoryType: 'String',
      },
    ],
    ownerCode: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
    transferExecuteInfo: {
      transferOrderCode: 'String',
      expectOutStoreTime: 'String',
      expectInStoreTime: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.transferorder.create`: method, response root, request and response schemas. */
export const taobaoQimenTransferorderCreateOperation = {
  method: 'taobao.qimen.transferorder.create',
  responseRoot: 'qimen_transferorder_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 调拨单创建 — calls TOP method `taobao.qimen.transferorder.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenTransferorderCreate(
  client: TopClient,
  request: TaobaoQimenTransferorderCreateRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenTransferorderCreateResponse> {
  return client.call<TaobaoQimenTransferorderCreateResponse>(
    {
      method: 'taobao.qimen.transferorder.create',
      responseRoot: 'qimen_transferorder_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
