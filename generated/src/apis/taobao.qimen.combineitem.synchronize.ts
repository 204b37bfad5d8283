// Generated from specs/qimen/taobao.qimen.combineitem.synchronize.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.combineitem.synchronize` (组合商品接口). */
export interface TaobaoQimenCombineitemSynchronizeRequest {
  request?: TaobaoQimenCombineitemSynchronizeCombineItemSyncRequestInput;
}

/** Response of `taobao.qimen.combineitem.synchronize`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenCombineitemSynchronizeResponse {
  response?: TaobaoQimenCombineitemSynchronizeResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CombineItemSyncRequest` of `taobao.qimen.combineitem.synchronize`. */
export interface TaobaoQimenCombineitemSynchronizeCombineItemSyncRequestInput {
  /** 组合商品的ERP编码 */
  itemCode: string;
  /** 货主编码 */
  ownerCode: string;
  /** 仓库编码 */
  warehouseCode?: string;
  /** 组合商品接口中的单商品信息 */
  items?: TaobaoQimenCombineitemSynchronizeItemInput[];
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
}

/** `Item` of `taobao.qimen.combineitem.synchronize`. */
export interface TaobaoQimenCombineitemSynchronizeItemInput {
  /** 商品编码 */
  itemCode: string;
  /** 后端商品编码 */
  itemId: string;
  /** 组合商品中的该商品个数 */
  quantity: Int64Input;
  /** ownerCode */
  ownerCode?: string;
  /** test */
  brandName?: string;
  /** test */
  sn?: string;
  /** test */
  isSNMgmt?: string;
  /** test */
  barCode?: string;
  /** test */
  color?: string;
  /** test */
  size?: string;
  /** test */
  length?: string;
  /** test */
  width?: string;
  /** test */
  height?: string;
  /** test */
  volume?: string;
  /** test */
  grossWeight?: string;
  /** test */
  netWeight?: string;
  /** test */
  tareWeight?: string;
  /** test */
  safetyStock?: string;
  /** test */
  stockUnit?: string;
  /** test */
  stockStatus?: string;
  /** test */
  productDate?: string;
  /** test */
  expireDate?: string;
  /** test */
  isShelfLifeMgmt?: string;
  /** test */
  shelfLife?: string;
  /** test */
  rejectLifecycle?: string;
  /** test */
  lockupLifecycle?: string;
  /** test */
  adventLifecycle?: string;
  /** test */
  batchCode?: string;
  /** test */
  batchRemark?: string;
  /** test */
  isBatchMgmt?: string;
  /** test */
  packCode?: string;
  /** test */
  pcs?: string;
  /** test */
  originAddress?: string;
  /** test */
  approvalNumber?: string;
  /** test */
  isFragile?: string;
  /** test */
  isHazardous?: string;
  /** test */
  pricingCategory?: string;
  /** test */
  isSku?: string;
  /** test */
  packageMaterial?: string;
  /** test */
  price?: string;
  /** test */
  isAreaSale?: string;
  /** test */
  normalQty?: string;
  /** test */
  defectiveQty?: string;
  /** test */
  receiveQty?: string;
  /** test */
  exCode?: string;
  /** test */
  discountPrice?: string;
  /** test */
  inventoryType?: string;
  /** test */
  planQty?: string;
  /** test */
  sourceOrderCode?: string;
  /** test */
  subSourceOrderCode?: string;
  /** test */
  produceCode?: string;
  /** test */
  orderLineNo?: string;
  /** test */
  actualQty?: string;
  /** test */
  amount?: string;
  /** test */
  unit?: string;
  /** test */
  warehouseCode?: string;
  /** test */
  lockQuantity?: string;
  /** test */
  orderCode?: string;
  /** test */
  orderType?: string;
  /** test */
  outBizCode?: string;
  /** test */
  productCode?: string;
  /** test */
  paperQty?: string;
  /** test */
  diffQuantity?: string;
  /** test */
  extCode?: string;
  /** test */
  lackQty?: string;
  /** test */
  reason?: string;
  /** test */
  snCode?: string;
  /** test */
  goodsCode?: string;
  /** test */
  standardPrice?: string;
  /** test */
  referencePrice?: string;
  /** test */
  discount?: string;
  /** test */
  actualAmount?: string;
  /** test */
  priceAdjustment?: TaobaoQimenCombineitemSynchronizePriceAdjustmentInput;
  /** test */
  latestUpdateTime?: string;
  /** test */
  changeTime?: string;
  /** test */
  tempRequirement?: string;
  /** test */
  channelCode?: string;
  /** test */
  originCode?: string;
  /** test */
  batchs?: TaobaoQimenCombineitemSynchronizeBatchInput[];
}

/** `PriceAdjustment` of `taobao.qimen.combineitem.synchronize`. */
export interface TaobaoQimenCombineitemSynchronizePriceAdjustmentInput {
  /** test */
  type?: string;
  /** test */
  standardPrice?: string;
  /** test */
  discount?: string;
  /** test */
  startDate?: string;
  /** test */
  endDate?: string;
}

/** `Batch` of `taobao.qimen.combineitem.synchronize`. */
export interface TaobaoQimenCombineitemSynchronizeBatchInput {
  /** test */
  batchCode?: string;
  /** test */
  productDate?: string;
  /** test */
  expireDate?: string;
  /** test */
  produceCode?: string;
  /** test */
  inventoryType?: string;
  /** test */
  actualQty?: string;
  /** test */
  quantity?: string;
}

/** `Response` of `taobao.qimen.combineitem.synchronize`. */
export interface TaobaoQimenCombineitemSynchronizeResponse2 {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  request: {
    itemCode: 'String',
    ownerCode: 'String',
    warehouseCode: 'String',
    items: [
      {
        itemCode: 'String',
        itemId: 'String',
        quantity: 'Number',
        ownerCode: 'String',
        brandName: 'String',
        sn: 'String',
        isSNMgmt: 'String',
        barCode: 'String',
        color: 'String',
        size: 'String',
        length: 'String',
        width: 'String',
        height: 'String',
        volume: 'String',
        grossWeight: 'String',
        netWeight: 'String',
        tareWeight: 'String',
        safetyStock: 'String',
        stockUnit: 'String',
        stockStatus: 'String',
        productDate: 'String',
        expireDate: 'String',
        isShelfLifeMgmt: 'String',
        shelfLife: 'String',
        rejectLifecycle: 'String',
        lockupLifecycle: 'String',
        adventLifecycle: 'String',
        batchCode: 'String',
        batchRemark: 'String',
        isBatchMgmt: 'String',
        packCode: 'String',
        pcs: 'String',
        originAddress: 'String',
        approvalNumber: 'String',
        isFragile: 'String',
        isHazardous: 'String',
        pricingCategory: 'String',
        isSku: 'String',
        packageMaterial: 'String',
        price: 'String',
        isAreaSale: 'String',
        normalQty: 'String',
        defectiveQty: 'String',
        receiveQty: 'String',
        exCode: 'String',
        discountPrice: 'String',
        inventoryType: 'String',
        planQty: 'String',
        sourceOrderCode: 'String',
        subSourceOrderCode: 'String',
        produceCode: 'String',
        orderLineNo: 'String',
        actualQty: 'String',
        amount: 'String',
        unit: 'String',
        warehouseCode: 'String',
        lockQuantity: 'String',
        orderCode: 'String',
        orderType: 'String',
        outBizCode: 'String',
        productCode: 'String',
        paperQty: 'String',
        diffQuantity: 'String',
        extCode: 'String',
        lackQty: 'String',
        reason: 'String',
        snCode: 'String',
        goodsCode: 'String',
        standardPrice: 'String',
        referencePrice: 'String',
        discount: 'String',
        actualAmount: 'String',
        priceAdjustment: {
          type: 'String',
          standardPrice: 'String',
          discount: 'String',
          startDate: 'String',
          endDate: 'String',
        },
        latestUpdateTime: 'String',
        changeTime: 'String',
        tempRequirement: 'String',
        channelCode: 'String',
        originCode: 'String',
        batchs: [
          {
            batchCode: 'String',
            productDate: 'String',
            expireDate: 'String',
            produceCode: 'String',
            inventoryType: 'String',
            actualQty: 'String',
            quantity: 'String',
          },
        ],
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
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.combineitem.synchronize`: method, response root, request and response schemas. */
export const taobaoQimenCombineitemSynchronizeOperation = {
  method: 'taobao.qimen.combineitem.synchronize',
  responseRoot: 'qimen_combineitem_synchronize_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 组合商品接口 — calls TOP method `taobao.qimen.combineitem.synchronize`.
 *
 * ERP调用奇门的接口,将商品信息同步给WMS
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenCombineitemSynchronize(
  client: TopClient,
  request: TaobaoQimenCombineitemSynchronizeRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenCombineitemSynchronizeResponse> {
  return client.call<TaobaoQimenCombineitemSynchronizeResponse>(
    {
      method: 'taobao.qimen.combineitem.synchronize',
      responseRoot: 'qimen_combineitem_synchronize_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
