// Generated from specs/qimen/taobao.qimen.stockout.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.stockout.confirm` (出库单确认接口). */
export interface TaobaoQimenStockoutConfirmRequest {
  request?: TaobaoQimenStockoutConfirmStructInput;
}

/** Response of `taobao.qimen.stockout.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenStockoutConfirmResponse {
  response?: TaobaoQimenStockoutConfirmStruct;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Struct` of `taobao.qimen.stockout.confirm`. */
export interface TaobaoQimenStockoutConfirmStructInput {
  /** deliveryOrder */
  deliveryOrder?: TaobaoQimenStockoutConfirmDeliveryOrderInput;
  /** packages */
  packages?: TaobaoQimenStockoutConfirmPackageInput[];
  /** orderLines */
  orderLines?: TaobaoQimenStockoutConfirmOrderLineInput[];
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
}

/** `DeliveryOrder` of `taobao.qimen.stockout.confirm`. */
export interface TaobaoQimenStockoutConfirmDeliveryOrderInput {
  /** 单据总行数 */
  totalOrderLines?: Int64Input;
  /** 出库单号 */
  deliveryOrderCode: string;
  /** 仓储系统出库单号 */
  deliveryOrderId?: string;
  /** 仓库编码 */
  warehouseCode: string;
  /** 出库单类型 */
  orderType: string;
  /** 出库单状态 */
  status?: string;
  /** 外部业务编码 */
  outBizCode?: string;
  /** 支持出库单多次发货的状态位 */
  confirmType?: Int64Input;
  /** 物流公司编码 */
  logisticsCode?: string;
  /** 物流公司名称 */
  logisticsName?: string;
  /** 运单号 */
  expressCode?: string;
  /** 订单完成时间 */
  orderConfirmTime?: string;
  /** 该笔出库单的费用承担部门或责任部门 */
  responsibleDepartment?: string;
  /** 出库单确认其他出库单的子类型，用于 orderType设置为其他 出库单时设置 */
  subOrderType?: string;
}

/** `Package` of `taobao.qimen.stockout.confirm`. */
export interface TaobaoQimenStockoutConfirmPackageInput {
  /** 物流公司名称 */
  logisticsName?: string;
  /** 运单号 */
  expressCode?: string;
  /** 包裹编号 */
  packageCode?: string;
  /** 包裹长度(厘米) */
  length?: string;
  /** 包裹宽度(厘米) */
  width?: string;
  /** 包裹高度(厘米) */
  height?: string;
  /** 包裹重量(千克) */
  weight?: string;
  /** 包裹体积(升) */
  volume?: string;
  /** packageMaterialList */
  packageMaterialList?: TaobaoQimenStockoutConfirmPackageMaterialInput[];
  /** items */
  items?: TaobaoQimenStockoutConfirmItemInput[];
}

/** `PackageMaterial` of `taobao.qimen.stockout.confirm`. */
export interface TaobaoQimenStockoutConfirmPackageMaterialInput {
  /** 包材型号 */
  type?: string;
  /** 包材的数量 */
  quantity?: Int64Input;
}

/** `Item` of `taobao.qimen.stockout.confirm`. */
export interface TaobaoQimenStockoutConfirmItemInput {
  /** 商品编码 */
  itemCode: string;
  /** 商品仓储系统编码 */
  itemId?: string;
  /** 包裹内该商品的数量 */
  quantity: Int64Input;
}

/** `OrderLine` of `taobao.qimen.stockout.confirm`. */
export interface TaobaoQimenStockoutConfirmOrderLineInput {
  /** 外部业务编码 */
  outBizCode?: string;
  /** 单据行号 */
  orderLineNo?: string;
  /** 商品编码 */
  itemCode: string;
  /** 商品仓储系统编码 */
  itemId?: string;
  /** 商品名称 */
  itemName?: string;
  /** 库存类型 */
  inventoryType?: string;
  /** 实发商品数量 */
  actualQty: Int64Input;
  /** 批次编号 */
  batchCode?: string;
  /** 生产日期 */
  productDate?: string;
  /** 过期日期 */
  expireDate?: string;
  /** 生产批号 */
  produceCode?: string;
  /** batchs */
  batchs?: TaobaoQimenStockoutConfirmBatchInput[];
  /** 单位 */
  unit?: string;
  /** snList */
  snList?: TaobaoQimenStockoutConfirmSnListInput;
}

/** `Batch` of `taobao.qimen.stockout.confirm`. */
export interface TaobaoQimenStockoutConfirmBatchInput {
  /** 批次编号 */
  batchCode?: string;
  /** 生产日期 */
  productDate?: string;
  /** 过期日期 */
  expireDate?: string;
  /** 生产批号 */
  produceCode?: string;
  /** 库存类型 */
  inventoryType?: string;
  /** 实发数量 */
  actualQty?: Int64Input;
}

/** `SnList` of `taobao.qimen.stockout.confirm`. */
export interface TaobaoQimenStockoutConfirmSnListInput {
  /** sn */
  sn?: string[];
}

/** `Struct` of `taobao.qimen.stockout.confirm`. */
export interface TaobaoQimenStockoutConfirmStruct {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  request: {
    deliveryOrder: {
      totalOrderLines: 'Number',
      deliveryOrderCode: 'String',
      deliveryOrderId: 'String',
      warehouseCode: 'String',
      orderType: 'String',
      status: 'String',
      outBizCode: 'String',
      confirmType: 'Number',
      logisticsCode: 'String',
      logisticsName: 'String',
      expressCode: 'String',
      orderConfirmTime: 'String',
      responsibleDepartment: 'String',
      subOrderType: 'String',
    },
    packages: [
      {
        logisticsName: 'String',
        expressCode: 'String',
        packageCode: 'String',
        length: 'String',
        width: 'String',
        height: 'String',
        weight: 'String',
        volume: 'String',
        packageMaterialList: [
          {
            type: 'String',
            quantity: 'Number',
          },
        ],
        items: [
          {
            itemCode: 'String',
            itemId: 'String',
            quantity: 'Number',
          },
        ],
      },
    ],
    orderLines: [
      {
        outBizCode: 'String',
        orderLineNo: 'String',
        itemCode: 'String',
        itemId: 'String',
        itemName: 'String',
        inventoryType: 'String',
        actualQty: 'Number',
        batchCode: 'String',
        productDate: 'String',
        expireDate: 'String',
        produceCode: 'String',
        batchs: [
          {
            batchCode: 'String',
            productDate: 'String',
            expireDate: 'String',
            produceCode: 'String',
            inventoryType: 'String',
            actualQty: 'Number',
          },
        ],
        unit: 'String',
        snList: {
          sn: ['String'],
        },
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

/** Static description of `taobao.qimen.stockout.confirm`: method, response root, request and response schemas. */
export const taobaoQimenStockoutConfirmOperation = {
  method: 'taobao.qimen.stockout.confirm',
  responseRoot: 'qimen_stockout_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 出库单确认接口 — calls TOP method `taobao.qimen.stockout.confirm`.
 *
 * 货品出库后，WMS将状态回传给ERP
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenStockoutConfirm(
  client: TopClient,
  request: TaobaoQimenStockoutConfirmRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenStockoutConfirmResponse> {
  return client.call<TaobaoQimenStockoutConfirmResponse>(
    {
      method: 'taobao.qimen.stockout.confirm',
      responseRoot: 'qimen_stockout_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
