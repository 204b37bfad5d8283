// Generated from specs/qimen/taobao.qimen.storeprocess.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.storeprocess.create` (仓内加工单创建接口). */
export interface TaobaoQimenStoreprocessCreateRequest {
  request?: TaobaoQimenStoreprocessCreateStoreProcessCreateRequestInput;
}

/** Response of `taobao.qimen.storeprocess.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenStoreprocessCreateResponse {
  response?: TaobaoQimenStoreprocessCreateStoreProcessCreateResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StoreProcessCreateRequest` of `taobao.qimen.storeprocess.create`. */
export interface TaobaoQimenStoreprocessCreateStoreProcessCreateRequestInput {
  /** 加工单编码 */
  processOrderCode: string;
  /** 仓库编码(统仓统配等无需ERP指定仓储编码的情况填OTHER) */
  warehouseCode: string;
  /** 单据类型(CNJG=仓内加工作业单) */
  orderType: string;
  /** 加工单创建时间(YYYY-MM-DD HH:MM:SS) */
  orderCreateTime: string;
  /** 计划加工时间(YYYY-MM-DD HH:MM:SS) */
  planTime: string;
  /** 加工类型(1:仓内组合加工 2:仓内组合拆分) */
  serviceType: string;
  /** 成品计划数量 */
  planQty?: Int64Input;
  /** 备注 */
  remark?: string;
  /** 加工商品列表 */
  materialitems?: TaobaoQimenStoreprocessCreateMaterialItemInput[];
  /** 商品列表 */
  productitems?: TaobaoQimenStoreprocessCreateProductItemInput[];
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
}

/** `MaterialItem` of `taobao.qimen.storeprocess.create`. */
export interface TaobaoQimenStoreprocessCreateMaterialItemInput {
  /** erp系统商品编码 */
  itemCode: string;
  /** 仓储系统商品ID */
  itemId?: string;
  /** 货主编码 */
  ownerCode?: string;
  /** 库存类型(ZP=正品;CC=残次;JS=机损;XS=箱损;默认为ZP) */
  inventoryType?: string;
  /** 数量 */
  quantity: Int64Input;
  /** 配比数量 */
  ratioQty?: Int64Input;
  /** 商品生产日期(YYYY-MM-DD) */
  productDate?: string;
  /** 商品过期日期(YYYY-MM-DD) */
  expireDate?: string;
  /** 生产批号 */
  produceCode?: string;
  /** 备注 */
  remark?: string;
}

/** `ProductItem` of `taobao.qimen.storeprocess.create`. */
export interface TaobaoQimenStoreprocessCreateProductItemInput {
  /** erp系统商品编码 */
  itemCode: string;
  /** 仓储系统商品ID */
  itemId?: string;
  /** 货主编码 */
  ownerCode?: string;
  /** 库存类型(ZP=正品;CC=残次;JS=机损;XS=箱损;默认为ZP) */
  inventoryType?: string;
  /** 数量 */
  quantity: Int64Input;
  /** 配比数量 */
  ratioQty?: Int64Input;
  /** 商品生产日期(YYYY-MM-DD) */
  productDate?: string;
  /** 商品过期日期(YYYY-MM-DD) */
  expireDate?: string;
  /** 生产批号 */
  produceCode?: string;
  /** 备注 */
  remark?: string;
}

/** `StoreProcessCreateResponse` of `taobao.qimen.storeprocess.create`. */
export interface TaobaoQimenStoreprocessCreateStoreProcessCreateResponse {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 仓储系统处理单ID */
  processOrderId?: string;
}

const REQUEST_SCHEMA = {
  request: {
    processOrderCode: 'String',
    warehouseCode: 'String',
    orderType: 'String',
    orderCreateTime: 'String',
    planTime: 'String',
    serviceType: 'String',
    planQty: 'Number',
    remark: 'String',
    materialitems: [
      {
        itemCode: 'String',
        itemId: 'String',
        ownerCode: 'String',
        inventoryType: 'String',
        quantity: 'Number',
        ratioQty: 'Number',
        productDate: 'String',
        expireDate: 'String',
        produceCode: 'String',
        remark: 'String',
      },
    ],
    productitems: [
      {
        itemCode: 'String',
        itemId: 'String',
        ownerCode: 'String',
        inventoryType: 'String',
        quantity: 'Number',
        ratioQty: 'Number',
        productDate: 'String',
        expireDate: 'String',
        produceCode: 'String',
        remark: 'String',
      },
    ],
    extendProps: 'Json',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
    processOrderId: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.storeprocess.create`: method, response root, request and response schemas. */
export const taobaoQimenStoreprocessCreateOperation = {
  method: 'taobao.qimen.storeprocess.create',
  responseRoot: 'qimen_storeprocess_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 仓内加工单创建接口 — calls TOP method `taobao.qimen.storeprocess.create`.
 *
 * ERP调用奇门的接口,创建仓内加工单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenStoreprocessCreate(
  client: TopClient,
  request: TaobaoQimenStoreprocessCreateRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenStoreprocessCreateResponse> {
  return client.call<TaobaoQimenStoreprocessCreateResponse>(
    {
      method: 'taobao.qimen.storeprocess.create',
      responseRoot: 'qimen_storeprocess_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
